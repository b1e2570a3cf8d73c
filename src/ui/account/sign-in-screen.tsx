// /masuk: sign in on this device. After a 401 ("perlu masuk lagi") it says that unsent data is
// safe and fills in the username of the expired session; after signing in, sync resumes and
// the app goes back home.
import { useLocation } from 'preact-iso';
import { PageHeader } from '../components/page-header.tsx';
import { useSession } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { SignInForm } from './sign-in-form.tsx';

export function SignInScreen() {
  const t = useT();
  const { route } = useLocation();
  const session = useSession();
  if (session.state === 'loading') return <p class="loading">{t('common.loading')}</p>;
  const isAgain = session.state === 'expired';
  return (
    <div class="screen">
      <PageHeader title={t('account.signIn.title')} lead={isAgain ? t('account.signIn.againLead') : t('account.signIn.lead')} />
      {session.state === 'active' && <p class="card card--muted">{t('account.signIn.signedInAs', { name: session.user.displayName })}</p>}
      <SignInForm initialUsername={isAgain ? session.user.username : ''} onSignedIn={() => route('/')} />
      {session.state === 'none' && (
        <p>
          <a href="/siapkan" data-testid="setup-link">
            {t('account.signIn.setupLink')}
          </a>
        </p>
      )}
    </div>
  );
}
