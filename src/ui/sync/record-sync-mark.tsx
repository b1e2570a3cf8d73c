// The per-record "Belum terkirim" mark (a change of this record waits in the outbox) or
// "Ditolak server" (the server refused one; on a record's page it links to /sinkron).
// Each mark reads only its own record's state, so a long list re-renders no row needlessly;
// while marks are shown the outbox's record keys are kept read (useRecordKeysSelector).
import type { RecordKind } from '../../domain/record-kinds.ts';
import { recordSyncState, useRecordKeysSelector } from '../data/sync.ts';
import { useT } from '../i18n/language.tsx';
import './sync.css';

type Props = { kind: RecordKind; id: string; linkRejected?: boolean };

export function RecordSyncMark({ kind, id, linkRejected = false }: Props) {
  const t = useT();
  const state = useRecordKeysSelector((snapshot) => recordSyncState(snapshot, kind, id));
  if (state === null) return null;
  if (state === 'pending') {
    return (
      <span class="sync-mark" data-testid="pending-mark">
        {t('sync.pendingMark')}
      </span>
    );
  }
  return linkRejected ? (
    <a class="sync-mark sync-mark--rejected" href="/sinkron" data-testid="rejected-mark">
      {t('sync.rejectedMark')}
    </a>
  ) : (
    <span class="sync-mark sync-mark--rejected" data-testid="rejected-mark">
      {t('sync.rejectedMark')}
    </span>
  );
}
