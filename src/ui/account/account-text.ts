// Wording shared by the account screens: failure reasons to messages, role labels, scopes.
import type { AccountFailure, SessionUser } from '../data/session.ts';
import type { Translate } from '../i18n/language.tsx';

export function failureText(failure: AccountFailure, t: Translate): string {
  if (failure.reason === 'too-many-attempts') {
    return t('account.errors.too-many-attempts', { minutes: Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)) });
  }
  return t(`account.errors.${failure.reason}`);
}

export function roleText(user: Pick<SessionUser, 'role' | 'kaderKind'>, t: Translate): string {
  if (user.role === 'kader' && user.kaderKind) return t(`account.kaderKinds.${user.kaderKind}`);
  return t(`account.roles.${user.role}`);
}

/** Village codes shown with dots (PP.KK.CC.DDDD), prefixes as they are. */
export function scopeText(scope: SessionUser['scope'], t: Translate): string {
  if (scope === 'all') return t('account.screen.scopeAll');
  const codes = 'villages' in scope ? scope.villages : scope.prefixes;
  return codes.map((c) => (c.length === 10 ? `${c.slice(0, 2)}.${c.slice(2, 4)}.${c.slice(4, 6)}.${c.slice(6)}` : c)).join(', ');
}
