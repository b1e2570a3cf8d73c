// /sinkron: the changes the server refused, each with its plain reason. The user fixes the
// record (its edit form; saving sends the whole record again), sends it again unchanged
// (e.g. after the coordinator widened her villages), or discards it after a confirm (the
// record goes back to what the server has; a record the server never had is removed).
// Nothing is dropped silently.
import { format } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import { useState } from 'preact/hooks';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useCanWriteRecord, useSession } from '../data/session.ts';
import { syncActions, useLocalRecords, useSyncSnapshotLive } from '../data/sync.ts';
import type { RejectedChange } from '../data/sync.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import type { FieldValues } from '../../sync/merge.ts';
import { roleText } from '../account/account-text.ts';
import { editPathOf, fieldLabel, recordTitle } from './rejected-text.ts';
import './sync.css';

type ItemProps = { change: RejectedChange; record: FieldValues | undefined; onDone: (message: string) => void };

function RejectedItem({ change, record, onDone }: ItemProps) {
  const t = useT();
  const [language] = useLanguage();
  const locale = language === 'id' ? idLocale : enUS;
  const session = useSession();
  // A role that may not write this record (say a kader's offline sponsor edit) can only
  // discard it: its form would refuse, and sending it again would be refused again.
  const mayWrite = useCanWriteRecord(change.kind, record ?? change.fields);
  const editPath = record && mayWrite ? editPathOf(change.kind, change.recordId, record) : null;
  const discard = async () => {
    if (!window.confirm(t('sync.discardConfirm'))) return;
    if (await syncActions.discard(change.seq)) onDone(t('sync.rejectedList.discarded'));
  };
  const resend = async () => {
    if (await syncActions.resend(change.kind, change.recordId)) onDone(t('sync.rejectedList.resent'));
  };
  const title = recordTitle(record, change.fields, t('sync.rejectedList.untitled'));
  return (
    <li class="card rejected-item" data-testid="rejected-item" data-record={change.recordId}>
      <div class="rejected-item__head">
        <h2 class="card__title">{title}</h2>
        <span class="rejected-item__kind">{t(`enums.recordKind.${change.kind}`)}</span>
      </div>
      <p class="rejected-item__reason" data-testid="rejected-reason">
        {t(`sync.rejections.${change.reason ?? 'invalid-record'}`)}
      </p>
      <dl class="detail-list">
        {change.field && (
          <div class="detail-list__row">
            <dt>{t('sync.rejectedList.field')}</dt>
            <dd>{fieldLabel(change.kind, change.field, t)}</dd>
          </div>
        )}
        <div class="detail-list__row">
          <dt>{t('sync.rejectedList.changed')}</dt>
          <dd>{format(new Date(change.writtenAt), 'd MMM yyyy HH.mm', { locale })}</dd>
        </div>
      </dl>
      {!record && <p class="card__text">{t('sync.rejectedList.gone')}</p>}
      {!mayWrite && (session.state === 'active' || session.state === 'expired') && (
        <p class="card__text" data-testid="rejected-read-only">
          {t('sync.rejectedList.readOnly', { role: roleText(session.user, t), what: t(`account.recordKinds.${change.kind}`) })}
        </p>
      )}
      <div class="rejected-item__actions">
        {editPath && (
          <a class="button button--primary" href={editPath} data-testid="rejected-fix">
            {t('sync.rejectedList.fix')}
          </a>
        )}
        {record && mayWrite && (
          <button type="button" class="button button--secondary" onClick={() => void resend()}>
            {t('sync.resend')}
          </button>
        )}
        <button type="button" class="button button--ghost button--danger" onClick={() => void discard()} data-testid="rejected-discard">
          {t('sync.discard')}
        </button>
      </div>
    </li>
  );
}

export function RejectedScreen() {
  const t = useT();
  const snapshot = useSyncSnapshotLive();
  const rejected = snapshot?.rejected ?? [];
  const records = useLocalRecords(rejected);
  const [message, setMessage] = useState<string | null>(null);
  if (snapshot === null || records === undefined) return <p class="loading">{t('common.loading')}</p>;
  return (
    <div class="screen" data-testid="rejected-screen">
      <PageHeader title={t('sync.rejectedTitle')} lead={rejected.length > 0 ? t('sync.rejectedList.lead') : undefined} />
      <p class="visually-hidden" role="status">
        {message ?? ''}
      </p>
      {rejected.length === 0 ? (
        <EmptyState title={t('sync.allSent')} body={t('sync.rejectedList.empty')} testId="rejected-empty" />
      ) : (
        <>
          <p class="card__text">{t('sync.rejectedHelp')}</p>
          <ul class="rejected-list" data-testid="rejected-list">
            {rejected.map((change) => (
              <RejectedItem key={change.seq} change={change} record={records.get(`${change.kind}:${change.recordId}`)} onDone={setMessage} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
