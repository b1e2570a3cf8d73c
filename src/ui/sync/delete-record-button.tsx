// A "Hapus …" button for a record's page or row: asks to confirm with a sentence that names
// what goes (and what goes with it), then writes tombstones through the repositories
// (data/removal.ts) and opens the parent page. When the delete is not allowed (`refusal`, e.g.
// a sponsor with running pledges) it says why instead. Hidden for a role that may not write
// the record's kind (the server refuses it anyway).
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { RecordRef } from '../data/removal.ts';
import { removeRecords } from '../data/removal.ts';
import { useCanWrite } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import './sync.css';

type Props = {
  /** What goes, dependants first and the record itself last. */
  records: readonly RecordRef[];
  label: string;
  /** The question asked before deleting, naming the record. */
  confirm: string;
  /** Where to go afterwards; absent = stay (a row of a list). */
  to?: string;
  refusal?: string | null;
  testId: string;
  compact?: boolean;
  /** What goes is still being read: the button shows, disabled. */
  pending?: boolean;
};

export function DeleteRecordButton({ records, label, confirm, to, refusal, testId, compact = false, pending = false }: Props) {
  const t = useT();
  const { route } = useLocation();
  const main = records[records.length - 1];
  const canWrite = useCanWrite(main?.kind ?? '');
  const [message, setMessage] = useState<string | null>(null);
  if (!main || !canWrite) return null;
  const remove = async () => {
    // The reason shows above the button, so the bottom navigation never hides it.
    if (refusal) {
      setMessage(refusal);
      return;
    }
    if (!window.confirm(confirm)) return;
    const ok = await removeRecords(records);
    if (!ok) setMessage(t('sync.remove.failed'));
    else if (to) route(to, true);
  };
  return (
    <div class={compact ? 'danger-zone danger-zone--compact' : 'danger-zone'}>
      {message && (
        <p class="form-alert" role="alert" data-testid={`${testId}-message`}>
          {message}
        </p>
      )}
      <button type="button" class={`button button--ghost button--danger${compact ? '' : ' button--wide'}`} onClick={() => void remove()} disabled={pending} data-testid={testId}>
        {label}
      </button>
    </div>
  );
}
