// /siapkan: the first administrator, created with the one-time setup code the server printed
// at its first start. Checks the form here (password length, both passwords equal) so the
// server's refusals are only about the code.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageHeader } from '../components/page-header.tsx';
import { TextField } from '../components/text-field.tsx';
import { accountActions, minPasswordLength, usernameSchema } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { failureText } from './account-text.ts';
import { SecretField } from './secret-field.tsx';

type Draft = { setupCode: string; displayName: string; username: string; password: string; passwordAgain: string };
const empty: Draft = { setupCode: '', displayName: '', username: '', password: '', passwordAgain: '' };

export function SetupScreen() {
  const t = useT();
  const { route } = useLocation();
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const field = (key: keyof Draft) => ({ value: draft[key], onValue: (value: string) => setDraft({ ...draft, [key]: value }), error: errors[key] });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Partial<Record<keyof Draft, string>> = {};
    if (draft.setupCode.trim() === '') found.setupCode = t('account.errors.required');
    if (draft.displayName.trim() === '') found.displayName = t('account.errors.required');
    if (!usernameSchema.safeParse(draft.username).success) found.username = t('account.errors.usernameFormat');
    if ([...draft.password].length < minPasswordLength) found.password = t('account.errors.passwordTooShort', { min: minPasswordLength });
    else if (draft.password !== draft.passwordAgain) found.passwordAgain = t('account.errors.passwordMismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const outcome = await accountActions.setupFirstAdmin({ setupCode: draft.setupCode, username: draft.username, displayName: draft.displayName, password: draft.password });
    if (outcome.ok) route('/akun');
    else setMessage(failureText(outcome, t));
  };

  return (
    <div class="screen screen--form">
      <PageHeader title={t('account.setup.title')} lead={t('account.setup.lead')} />
      <form class="form-section" onSubmit={(event) => void submit(event)} noValidate data-testid="setup-form">
        <TextField id="setup-code" label={t('account.setup.code')} {...field('setupCode')} autoComplete="one-time-code" />
        <TextField id="setup-name" label={t('account.setup.displayName')} {...field('displayName')} autoComplete="name" />
        <TextField id="setup-username" label={t('account.signIn.username')} {...field('username')} autoComplete="username" />
        <SecretField id="setup-password" label={t('account.signIn.password')} {...field('password')} autoComplete="new-password" />
        <SecretField id="setup-password-again" label={t('account.setup.passwordAgain')} {...field('passwordAgain')} autoComplete="new-password" />
        {message && (
          <p class="form-alert" role="alert">
            {message}
          </p>
        )}
        <button type="submit" class="button button--primary button--wide button--large">
          {t('account.setup.submit')}
        </button>
      </form>
    </div>
  );
}
