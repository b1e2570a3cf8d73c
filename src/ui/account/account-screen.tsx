// /akun: who is signed in on this device (name, role, villages), what is not yet sent, a sync
// button, the app PIN, and signing out (unsent changes stay on the phone).
import { PageHeader } from '../components/page-header.tsx';
import { accountActions, useSession, useSyncSnapshot } from '../data/session.ts';
import { canManageAccounts } from '../../sync/roles.ts';
import { useT } from '../i18n/language.tsx';
import { roleText, scopeText } from './account-text.ts';
import { PinSettings } from './pin-settings.tsx';

export function AccountScreen() {
  const t = useT();
  const session = useSession();
  const sync = useSyncSnapshot();
  if (session.state === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (session.state === 'none') {
    return (
      <div class="screen">
        <PageHeader title={t('account.screen.title')} lead={t('account.screen.notSignedIn')} />
        <a class="button button--primary button--wide button--large" href="/masuk">
          {t('account.banner.action')}
        </a>
      </div>
    );
  }
  const { user } = session;
  const signOut = async () => {
    if (window.confirm(t('account.screen.signOutConfirm'))) await accountActions.signOut();
  };
  return (
    <div class="screen">
      <PageHeader title={user.displayName} lead={t('account.screen.title')} />
      <dl class="card detail-list" data-testid="account-details">
        <dt>{t('account.signIn.username')}</dt>
        <dd>{user.username}</dd>
        <dt>{t('account.screen.role')}</dt>
        <dd>{roleText(user, t)}</dd>
        <dt>{t('account.screen.scope')}</dt>
        <dd>{scopeText(user.scope, t)}</dd>
        <dt>{t('account.screen.pending')}</dt>
        <dd data-testid="account-pending">{t('account.screen.pendingCount', { count: sync?.pendingCount ?? 0 })}</dd>
      </dl>
      {session.state === 'expired' ? (
        <a class="button button--primary button--wide button--large" href="/masuk">
          {t('account.banner.action')}
        </a>
      ) : (
        <button type="button" class="button button--primary button--wide button--large" onClick={() => void accountActions.syncNow()}>
          {t('account.screen.syncNow')}
        </button>
      )}
      {canManageAccounts(user.role) && (
        <a class="button button--secondary button--wide" href="/akun/pengguna" data-testid="account-manage">
          {t('account.manage.link')}
        </a>
      )}
      <a class="button button--secondary button--wide" href="/ekspor" data-testid="account-export">
        {t('reports.exportScreen.link')}
      </a>
      <PinSettings />
      <button type="button" class="button button--ghost button--wide" onClick={() => void signOut()}>
        {t('account.screen.signOut')}
      </button>
    </div>
  );
}
