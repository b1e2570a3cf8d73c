// /akun/pengguna/:id: one managed account. "Atur ulang kata sandi" makes a new password, shows
// it ONCE and signs every phone of the account out; "Nonaktifkan" refuses the account at its
// next request ("Aktifkan" undoes it); the account's phones, each with "HP hilang: cabut akses"
// (the phone is refused at its next request; what it had not sent stays on it). Online only.
import { useState } from 'preact/hooks';
import { PageHeader } from '../../components/page-header.tsx';
import { generatePassword, manageActions } from '../../data/accounts.ts';
import type { DeviceSummary, UserSummary } from '../../data/accounts.ts';
import { useLanguage, useT } from '../../i18n/language.tsx';
import { failureText, roleText, scopeText } from '../account-text.ts';
import { useManaged } from './use-managed.ts';
import '../account.css';
import '../../sync/sync.css';

function when(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function Devices({ user, devices, onChanged }: { user: UserSummary; devices: DeviceSummary[]; onChanged: () => void }) {
  const t = useT();
  const [language] = useLanguage();
  const [failure, setFailure] = useState<string | null>(null);
  const mine = devices.filter((device) => device.userId === user.id);
  const revoke = async (device: DeviceSummary) => {
    if (!window.confirm(t('account.manage.revokeConfirm', { device: device.name, name: user.displayName }))) return;
    const result = await manageActions.revokeDevice(device.id);
    if (result.ok) onChanged();
    else setFailure(failureText(result, t));
  };
  return (
    <section class="card card--list" aria-labelledby="devices-title" data-testid="user-devices">
      <h2 class="card__title" id="devices-title">{t('account.manage.devices')}</h2>
      {failure && <p class="form-alert" role="alert">{failure}</p>}
      {mine.length === 0 && <p class="card__text">{t('account.manage.noDevices')}</p>}
      <ul class="list list--flat">
        {mine.map((device) => (
          <li class="list-item device-row" key={device.id} data-testid="device-item">
            <span class="list-item__body">
              <span class="list-item__title">{device.name}</span>
              <span class="list-item__sub">{t('account.manage.lastSeen', { when: when(device.lastSeenAt, language) })}</span>
              {device.revokedAt ? (
                <span class="sev sev--check">{t('account.manage.revoked', { when: when(device.revokedAt, language) })}</span>
              ) : (
                <button type="button" class="button button--danger" onClick={() => void revoke(device)} data-testid="revoke-device">
                  {t('account.manage.revoke')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Actions({ user, onChanged }: { user: UserSummary; onChanged: () => void }) {
  const t = useT();
  const [password, setPassword] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reset = async () => {
    if (!window.confirm(t('account.manage.resetConfirm', { name: user.displayName }))) return;
    const next = generatePassword();
    const result = await manageActions.updateUser(user.id, { password: next });
    if (result.ok) {
      setPassword(next);
      onChanged();
    } else setFailure(failureText(result, t));
  };
  const toggle = async () => {
    if (user.active && !window.confirm(t('account.manage.disableConfirm', { name: user.displayName }))) return;
    const result = await manageActions.updateUser(user.id, { active: !user.active });
    if (result.ok) onChanged();
    else setFailure(failureText(result, t));
  };
  return (
    <>
      {failure && <p class="form-alert" role="alert">{failure}</p>}
      {password && (
        <section class="card" aria-labelledby="new-password" data-testid="new-password-card">
          <h2 class="card__title" id="new-password">{t('account.manage.newPassword')}</h2>
          <p class="password-once" data-testid="new-password">{password}</p>
          <p class="card__text">{t('account.manage.passwordOnce')}</p>
        </section>
      )}
      <button type="button" class="button button--secondary button--wide" onClick={() => void reset()} data-testid="reset-password">
        {t('account.manage.resetPassword')}
      </button>
      <button type="button" class={user.active ? 'button button--danger button--wide' : 'button button--secondary button--wide'} onClick={() => void toggle()} data-testid="toggle-active">
        {t(user.active ? 'account.manage.disable' : 'account.manage.enable')}
      </button>
    </>
  );
}

export function UserDetailScreen({ id }: { id: string }) {
  const t = useT();
  const [users, reloadUsers] = useManaged(manageActions.users);
  const [devices, reloadDevices] = useManaged(manageActions.devices);
  const back = { href: '/akun/pengguna', label: t('account.manage.title') };
  const reload = () => {
    reloadUsers();
    reloadDevices();
  };
  if (users.state === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (users.state === 'failed') {
    return (
      <div class="screen">
        <PageHeader title={t('account.manage.title')} back={back} lead={failureText(users.failure, t)} />
      </div>
    );
  }
  const user = users.value.find((u) => u.id === id);
  if (!user) {
    return (
      <div class="screen">
        <PageHeader title={t('account.manage.title')} back={back} lead={t('account.errors.not-found')} />
      </div>
    );
  }
  return (
    <div class="screen" data-testid="user-detail">
      <PageHeader title={user.displayName} back={back} lead={`${user.username} · ${roleText(user, t)}`} />
      <dl class="card detail-list">
        <dt>{t('account.screen.scope')}</dt>
        <dd>{scopeText(user.scope, t)}</dd>
        <dt>{t('account.manage.status')}</dt>
        <dd data-testid="user-status">{t(user.active ? 'account.manage.active' : 'account.manage.disabled')}</dd>
      </dl>
      <Actions user={user} onChanged={reload} />
      {devices.state === 'ready' && <Devices user={user} devices={devices.value} onChanged={reload} />}
      {devices.state === 'failed' && <p class="card card__text" role="alert">{failureText(devices.failure, t)}</p>}
    </div>
  );
}
