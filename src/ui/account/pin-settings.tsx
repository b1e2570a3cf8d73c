// Set, change or remove the app PIN and the idle minutes before the app locks.
import { useEffect, useState } from 'preact/hooks';
import { TextField } from '../components/text-field.tsx';
import { accountActions } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { SecretField } from './secret-field.tsx';

const pinPattern = /^\d{4,8}$/;

export function PinSettings() {
  const t = useT();
  const [current, setCurrent] = useState<{ idleMinutes: number } | null | undefined>(undefined);
  const [pin, setPin] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const reload = () => void accountActions.readPin().then((record) => setCurrent(record ? { idleMinutes: record.idleMinutes } : null));
  useEffect(reload, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const idle = Math.min(120, Math.max(1, Number.parseInt(minutes, 10) || 5));
    if (!pinPattern.test(pin)) return setError(t('account.pin.invalid'));
    setError(undefined);
    await accountActions.setPin(pin, idle);
    setPin('');
    setMessage(t('account.pin.saved'));
    reload();
  };
  const remove = async () => {
    await accountActions.clearPin();
    setMessage(t('account.pin.removed'));
    reload();
  };

  if (current === undefined) return null;
  return (
    <section class="card" aria-labelledby="pin-title" data-testid="pin-settings">
      <h2 id="pin-title" class="form-section__title">
        {t('account.pin.title')}
      </h2>
      <p>{t('account.pin.lead')}</p>
      <p>{current ? t('account.pin.active', { minutes: current.idleMinutes }) : t('account.pin.none')}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <SecretField id="pin-new" label={t('account.pin.newPin')} value={pin} onValue={setPin} autoComplete="off" isNumeric error={error} />
        <TextField id="pin-idle" label={t('account.pin.idleMinutes')} value={minutes} onValue={setMinutes} inputMode="numeric" />
        <button type="submit" class="button button--secondary button--wide">
          {current ? t('account.pin.change') : t('account.pin.set')}
        </button>
      </form>
      {current && (
        <button type="button" class="button button--ghost button--wide" onClick={() => void remove()}>
          {t('account.pin.remove')}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
