// Under the top bar: "Belum masuk" on a device that never signed in, "Perlu masuk lagi" after a
// 401 (with how many changes wait, safe), each with a link to /masuk. Hidden on the account
// screens themselves. Also starts sync once a session exists (idempotent).
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { accountActions, useSession, useSyncSnapshot } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';

const accountPaths = new Set(['/masuk', '/siapkan']);

export function AccountBanner() {
  const t = useT();
  const { path } = useLocation();
  const session = useSession();
  const sync = useSyncSnapshot();
  useEffect(() => {
    if (session.state === 'active') void accountActions.startSync();
  }, [session.state]);

  if (accountPaths.has(path) || (session.state !== 'none' && session.state !== 'expired')) return null;
  const pending = sync?.pendingCount ?? 0;
  const text =
    session.state === 'none' ? t('account.banner.signedOut') : pending > 0 ? t('account.banner.expired', { count: pending }) : t('account.banner.expiredNone');
  return (
    <div class="banner banner--info" role="status" data-testid="account-banner">
      <span class="banner__text">{text}</span>
      <a class="button button--primary" href="/masuk">
        {t('account.banner.action')}
      </a>
    </div>
  );
}
