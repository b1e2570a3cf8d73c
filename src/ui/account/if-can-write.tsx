// Shows its children only when the signed-in role may write `kind` (src/sync/roles.ts): the
// "Tambah …", "Ubah" and similar actions of a screen (issue #5). Nobody signed in: shown.
import type { ComponentChildren } from 'preact';
import { useCanWrite } from '../data/session.ts';

export function IfCanWrite({ kind, children }: { kind: string; children: ComponentChildren }) {
  return useCanWrite(kind) ? <>{children}</> : null;
}
