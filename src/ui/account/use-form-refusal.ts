// Whether the form at a path may be used by the signed-in role (issue #5): null = yes (or not a
// form), 'loading' = not known yet (the session store is still opening), else what the form
// would write and where to go back. Nobody signed in yet keeps the form usable.
import { sessionMayWrite, useSession } from '../data/session.ts';
import { formTarget } from '../routes/form-kinds.ts';
import type { FormTarget } from '../routes/form-kinds.ts';

export function useFormRefusal(path: string): FormTarget | 'loading' | null {
  const session = useSession();
  const target = formTarget(path);
  if (!target) return null;
  if (session.state === 'loading') return 'loading';
  return sessionMayWrite(session, target.kind) ? null : target;
}
