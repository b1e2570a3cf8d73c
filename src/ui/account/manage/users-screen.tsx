// /akun/pengguna: the accounts this koordinator or admin manages (her kader, with their role
// and villages, disabled ones marked), "Tambah kader", each a tap away from its page. Online
// only: offline it says so, and nothing else on the phone depends on it.
import { PageHeader } from '../../components/page-header.tsx';
import { manageActions } from '../../data/accounts.ts';
import { useSession } from '../../data/session.ts';
import { canManageAccounts } from '../../../sync/roles.ts';
import { useT } from '../../i18n/language.tsx';
import { failureText, roleText, scopeText } from '../account-text.ts';
import { useManaged } from './use-managed.ts';

export function UsersScreen() {
  const t = useT();
  const session = useSession();
  const [users] = useManaged(manageActions.users);
  const back = { href: '/akun', label: t('account.screen.title') };
  if (session.state !== 'active' || !canManageAccounts(session.user.role)) {
    return (
      <div class="screen">
        <PageHeader title={t('account.manage.title')} back={back} lead={t('account.manage.notManager')} />
      </div>
    );
  }
  return (
    <div class="screen" data-testid="users-screen">
      <PageHeader title={t('account.manage.title')} back={back} lead={t('account.manage.lead')} />
      <a class="button button--primary button--wide button--large" href="/akun/pengguna/baru" data-testid="add-user">
        {t('account.manage.add')}
      </a>
      {users.state === 'loading' && <p class="loading">{t('common.loading')}</p>}
      {users.state === 'failed' && <p class="card card__text" role="alert">{failureText(users.failure, t)}</p>}
      {users.state === 'ready' && (
        <ul class="list" data-testid="user-list">
          {users.value.filter((user) => user.id !== session.user.id).map((user) => (
            <li class="list-item" key={user.id} data-testid="user-item">
              <a class="list-item__link" href={`/akun/pengguna/${user.id}`}>
                <span class="list-item__body">
                  <span class="list-item__title">{user.displayName}</span>
                  <span class="list-item__sub">{`${user.username} · ${roleText(user, t)}`}</span>
                  <span class="list-item__meta">{scopeText(user.scope, t)}</span>
                  {!user.active && <span class="sev sev--check">{t('account.manage.disabled')}</span>}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
