// What a form URL shows to a role that may not use it (issue #5): "Peran Anda (Pemantau) hanya
// boleh melihat …" and a way back, instead of a form whose save the server would refuse.
import { PageHeader } from '../components/page-header.tsx';
import { useSession } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import type { FormTarget } from '../routes/form-kinds.ts';
import { roleText } from './account-text.ts';

export function WriteRefusal({ target }: { target: FormTarget }) {
  const t = useT();
  const session = useSession();
  const role = session.state === 'active' || session.state === 'expired' ? roleText(session.user, t) : '';
  return (
    <div class="screen" data-testid="write-refused">
      <PageHeader title={t('account.readOnly.title')} back={{ href: target.back, label: t('account.readOnly.back') }} />
      <p class="form-alert" role="alert">
        {t('account.readOnly.body', { role, what: t(`account.recordKinds.${target.kind}`) })}
      </p>
      <p class="card__text">{t('account.readOnly.hint')}</p>
      <a class="button button--secondary button--wide" href={target.back}>
        {t('account.readOnly.back')}
      </a>
    </div>
  );
}
