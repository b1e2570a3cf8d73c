// The app PIN lock (issue #5): with a PIN set, the app locks when it opens and after the set
// idle minutes without a touch or key; the screen underneath stays mounted (inert), so a form
// being typed is not lost. Too many wrong PINs drop the device token: then only the account
// password (online) opens the app again. What the lock does not protect: docs/security.md.
import type { ComponentChildren } from 'preact';
import './account.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { accountActions } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { SecretField } from './secret-field.tsx';
import { SignInForm } from './sign-in-form.tsx';

const checkEveryMs = 10_000;

function useIdleLock(): [boolean, () => void] {
  const [isLocked, setLocked] = useState(false);
  const lastActive = useRef(Date.now());
  useEffect(() => {
    let idleMs: number | null = null;
    let cancelled = false;
    const readPin = async () => {
      const record = await accountActions.readPin();
      if (cancelled) return;
      const wasUnset = idleMs === null;
      idleMs = record ? record.idleMinutes * 60_000 : null;
      if (idleMs === null) setLocked(false);
      else if (wasUnset && firstRead) setLocked(true);
      firstRead = false;
    };
    let firstRead = true;
    const touch = () => void (lastActive.current = Date.now());
    const tick = () => {
      void readPin();
      if (idleMs !== null && Date.now() - lastActive.current > idleMs) setLocked(true);
    };
    void readPin();
    const timer = setInterval(tick, checkEveryMs);
    const onVisible = () => document.visibilityState === 'visible' && tick();
    for (const name of ['pointerdown', 'keydown'] as const) window.addEventListener(name, touch, { passive: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      for (const name of ['pointerdown', 'keydown'] as const) window.removeEventListener(name, touch);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  const unlock = () => {
    lastActive.current = Date.now();
    setLocked(false);
  };
  return [isLocked, unlock];
}

function LockScreen({ onUnlock }: { onUnlock: () => void }) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [needsPassword, setNeedsPassword] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await accountActions.checkPin(pin);
    setPin('');
    if (result === 'ok' || result === 'no-pin') return onUnlock();
    if (result === 'too-many') setNeedsPassword(true);
    else setError(t('account.lock.wrong'));
  };
  return (
    <div class="app-lock" role="dialog" aria-modal="true" aria-labelledby="lock-title" data-testid="app-lock">
      <h1 id="lock-title" class="page-title">
        {t('account.lock.title')}
      </h1>
      {needsPassword ? (
        <>
          <p role="alert">{t('account.lock.tooMany')}</p>
          <SignInForm onSignedIn={onUnlock} />
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('account.lock.lead')}</p>
          <SecretField id="lock-pin" label={t('account.lock.pin')} value={pin} onValue={setPin} autoComplete="off" isNumeric error={error} />
          <button type="submit" class="button button--primary button--wide button--large">
            {t('account.lock.unlock')}
          </button>
        </form>
      )}
    </div>
  );
}

export function AppLock({ children }: { children: ComponentChildren }) {
  const [isLocked, unlock] = useIdleLock();
  return (
    <>
      <div inert={isLocked} aria-hidden={isLocked ? true : undefined}>
        {children}
      </div>
      {isLocked && <LockScreen onUnlock={unlock} />}
    </>
  );
}
