// Username and password, one button; the server's answer becomes a message under the form
// ("Terlalu banyak percobaan. Coba lagi dalam N menit."). Used by the sign-in screen and the
// PIN lock after too many wrong PINs.
import { useState } from 'preact/hooks';
import { TextField } from '../components/text-field.tsx';
import { accountActions } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { failureText } from './account-text.ts';
import { SecretField } from './secret-field.tsx';

type Props = { initialUsername?: string; onSignedIn: () => void };

export function SignInForm({ initialUsername = '', onSignedIn }: Props) {
  const t = useT();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (username.trim() === '' || password === '') return setMessage(t('account.errors.required'));
    setBusy(true);
    setMessage(null);
    const outcome = await accountActions.signIn(username, password);
    setBusy(false);
    if (outcome.ok) {
      setPassword('');
      onSignedIn();
    } else setMessage(failureText(outcome, t));
  };

  return (
    <form class="form-section" onSubmit={(event) => void submit(event)} data-testid="sign-in-form" noValidate>
      <TextField id="sign-in-username" label={t('account.signIn.username')} value={username} onValue={setUsername} autoComplete="username" />
      <SecretField id="sign-in-password" label={t('account.signIn.password')} value={password} onValue={setPassword} autoComplete="current-password" />
      {message && (
        <p class="form-alert" role="alert" data-testid="sign-in-message">
          {message}
        </p>
      )}
      <button type="submit" class="button button--primary button--wide button--large" disabled={isBusy}>
        {isBusy ? t('account.signIn.submitting') : t('account.signIn.submit')}
      </button>
    </form>
  );
}
