// /akun/pengguna/baru: a koordinator adds a kader (name, username, TPK / Duta GenRe / poktan,
// her villages); an admin may also add a koordinator or a viewer. The app makes the first
// password and shows it ONCE, to write down or tell the kader; she signs in with it on her
// phone. Online only. The password is never kept on this phone (not in a draft either).
import { useState } from 'preact/hooks';
import { PageHeader } from '../../components/page-header.tsx';
import { CheckField } from '../../components/check-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { generatePassword, manageActions } from '../../data/accounts.ts';
import type { UserSummary } from '../../data/accounts.ts';
import { usernameSchema, useSession } from '../../data/session.ts';
import type { SessionUser } from '../../data/session.ts';
import { kaderKinds, type KaderKind, type Role } from '../../../sync/roles.ts';
import { useT } from '../../i18n/language.tsx';
import { failureText, roleText, scopeText } from '../account-text.ts';
import { parseVillageCodes, pickableVillages } from './manage-text.ts';
import '../account.css';

type Draft = { displayName: string; username: string; role: Role; kaderKind: KaderKind | ''; villages: string[]; villagesText: string };
type Errors = Partial<Record<'displayName' | 'username' | 'kaderKind' | 'villages', string>>;

function PasswordOnce({ user, password }: { user: UserSummary; password: string }) {
  const t = useT();
  return (
    <div class="screen" data-testid="user-created">
      <PageHeader title={user.displayName} lead={t('account.manage.created')} />
      <section class="card" aria-labelledby="first-password">
        <h2 class="card__title" id="first-password">{t('account.manage.firstPassword')}</h2>
        <p class="card__text">{t('account.manage.usernameIs', { username: user.username })}</p>
        <p class="password-once" data-testid="first-password">{password}</p>
        <p class="card__text">{t('account.manage.passwordOnce')}</p>
      </section>
      <a class="button button--primary button--wide button--large" href={`/akun/pengguna/${user.id}`}>{t('account.manage.done')}</a>
    </div>
  );
}

function checkDraft(draft: Draft, pickable: string[] | null, t: ReturnType<typeof useT>): { errors: Errors; villages: string[] | null } {
  const errors: Errors = {};
  if (!draft.displayName.trim()) errors.displayName = t('account.errors.required');
  if (!usernameSchema.safeParse(draft.username.trim().toLowerCase()).success) errors.username = t('account.errors.usernameFormat');
  if (draft.role === 'kader' && !draft.kaderKind) errors.kaderKind = t('account.errors.required');
  const villages = pickable ? (draft.villages.length > 0 ? draft.villages : null) : parseVillageCodes(draft.villagesText);
  if (!villages) errors.villages = t(pickable ? 'account.manage.pickVillage' : 'account.manage.villageCodes');
  return { errors, villages };
}

function NewUserForm({ manager }: { manager: SessionUser }) {
  const t = useT();
  const pickable = pickableVillages(manager);
  const [draft, setDraft] = useState<Draft>({ displayName: '', username: '', role: 'kader', kaderKind: '', villages: pickable?.length === 1 ? pickable : [], villagesText: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [created, setCreated] = useState<{ user: UserSummary; password: string } | null>(null);
  if (created) return <PasswordOnce user={created.user} password={created.password} />;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const roles: Role[] = manager.role === 'admin' ? ['kader', 'koordinator', 'viewer'] : ['kader'];
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkDraft(draft, pickable, t);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0 || !checked.villages) return;
    setSaving(true);
    setFailure(null);
    const password = generatePassword();
    const result = await manageActions.createUser({
      displayName: draft.displayName.trim(),
      username: draft.username.trim().toLowerCase(),
      role: draft.role,
      ...(draft.role === 'kader' && draft.kaderKind ? { kaderKind: draft.kaderKind } : {}),
      scope: { villages: checked.villages },
      password,
    });
    setSaving(false);
    if (result.ok) setCreated({ user: result.value, password });
    else setFailure(failureText(result, t));
  };
  return (
    <form class="record-form" onSubmit={(event) => void submit(event)} noValidate data-testid="user-form">
      {failure && <p class="form-alert" role="alert">{failure}</p>}
      <fieldset class="form-section">
        <TextField id="displayName" label={t('account.manage.displayName')} value={draft.displayName} onValue={(v) => set('displayName', v)} error={errors.displayName} isRequired />
        <TextField id="username" label={t('account.signIn.username')} hint={t('account.manage.usernameHint')} value={draft.username} onValue={(v) => set('username', v)} error={errors.username} autoComplete="off" isRequired />
        {roles.length > 1 && (
          <SelectField id="role" label={t('account.screen.role')} value={draft.role} options={roles.map((role) => ({ value: role, label: t(`account.roles.${role}`) }))} onValue={(v) => set('role', (v || 'kader') as Role)} isRequired />
        )}
        {draft.role === 'kader' && (
          <SelectField id="kaderKind" label={t('account.manage.kaderKind')} value={draft.kaderKind} options={kaderKinds.map((kind) => ({ value: kind, label: t(`account.kaderKinds.${kind}`) }))} onValue={(v) => set('kaderKind', v as KaderKind | '')} error={errors.kaderKind} isRequired />
        )}
        {pickable ? (
          <fieldset class="form-section" aria-describedby={errors.villages ? 'villages-error' : undefined}>
            <legend class="field__label">{t('account.manage.villages')}</legend>
            {pickable.map((code) => (
              <CheckField key={code} id={`village-${code}`} label={scopeText({ villages: [code] }, t)} isChecked={draft.villages.includes(code)} onChange={(on) => set('villages', on ? [...draft.villages, code] : draft.villages.filter((c) => c !== code))} />
            ))}
            {errors.villages && <p class="field__error" id="villages-error">{errors.villages}</p>}
          </fieldset>
        ) : (
          <TextField id="villages" label={t('account.manage.villages')} hint={t('account.manage.villageCodes')} value={draft.villagesText} onValue={(v) => set('villagesText', v)} error={errors.villages} inputMode="numeric" isRequired />
        )}
      </fieldset>
      <p class="card__text">{t('account.manage.passwordMade', { role: roleText({ role: draft.role, kaderKind: draft.kaderKind || null }, t) })}</p>
      <button type="submit" class="button button--primary button--wide button--large" disabled={isSaving}>{t('account.manage.save')}</button>
    </form>
  );
}

export function UserFormScreen() {
  const t = useT();
  const session = useSession();
  const back = { href: '/akun/pengguna', label: t('account.manage.title') };
  if (session.state !== 'active') return <div class="screen"><PageHeader title={t('account.manage.add')} back={back} lead={t('account.manage.notManager')} /></div>;
  return (
    <div class="screen">
      <PageHeader title={t('account.manage.add')} back={back} lead={t('account.manage.addLead')} />
      <NewUserForm manager={session.user} />
    </div>
  );
}
