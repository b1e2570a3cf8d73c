// "Dicatat oleh Siti (TPK), 12 Mei 10.02": who first recorded a record (the oldest entry of
// its history on the server, issue #5), in one short line for a row of a list, e.g. a child's
// measurements. Nothing when offline or not yet sent: the row stays as it was.
import { useEffect, useState } from 'preact/hooks';
import { accountActions } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { roleText } from './account-text.ts';

export function RecordAuthor({ kind, id }: { kind: string; id: string }) {
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void accountActions.history(kind, id).then((result) => {
      const first = result.ok ? result.value[result.value.length - 1] : undefined;
      if (cancelled || !first) return;
      setText(first.author ? t('account.history.recordedBy', { name: first.author.displayName, role: roleText(first.author, t) }) : t('account.history.recordedBy', { name: t('account.history.unknownAuthor'), role: '-' }));
    });
    return () => void (cancelled = true);
  }, [kind, id]);
  return text ? <p class="record-author field__hint" data-testid="record-author">{text}</p> : null;
}
