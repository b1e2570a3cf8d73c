// One GenRe outreach session: what, when, where, the audience by group and sex, notes, and
// the optional list of named participants (attendance records with this outreachId).
import { RecordHistoryCard } from '../account/record-history-card.tsx';
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Outreach } from '../../domain/outreach.ts';
import { audienceGroups } from '../../domain/outreach.ts';
import { audienceByGroup } from '../../reports/outreach-summary.ts';
import { outreachAudienceTotal } from '../../domain/outreach.ts';
import { DetailCard } from '../components/detail-card.tsx';
import { DeleteOutreachButton } from './delete-outreach-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useOutreach } from '../data/outreach.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { meetingTimeText } from '../pokja/meeting-text.ts';
import { OutreachParticipants } from './outreach-participants.tsx';
import '../pokja/pokja.css';

function SessionCards({ session }: { session: Outreach }) {
  const t = useT();
  const [language] = useLanguage();
  const audience = audienceByGroup(session);
  return (
    <>
      <DetailCard
        title={t('outreach.sectionWhen')}
        rows={[
          { label: t('outreach.fields.date'), value: formatDate(session.date, language) },
          { label: t('pokja.report.time'), value: meetingTimeText(t, session) },
          { label: t('outreach.fields.place'), value: session.place },
          { label: t('outreach.fields.topic'), value: t(`enums.outreachTopic.${session.topic}`) },
          { label: t('outreach.fields.presenter'), value: session.presenter },
        ]}
      />
      <DetailCard
        title={t('outreach.sectionAudience')}
        rows={[
          ...audienceGroups.map((group) => ({
            label: t(`enums.audienceGroup.${group}`),
            value: `${t('outreach.male')} ${audience[group].male} · ${t('outreach.female')} ${audience[group].female}`,
          })),
          { label: t('outreach.total'), value: String(outreachAudienceTotal(session)) },
        ]}
      />
      {session.notes && <DetailCard title={t('outreach.fields.notes')} rows={[{ label: '', value: session.notes }]} />}
    </>
  );
}

export function OutreachDetailScreen({ id }: { id: string }) {
  const t = useT();
  const session = useOutreach(id);
  const back = { href: '/genre', label: t('outreach.detailBack') };
  if (session === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (session === null || session.deleted) return <div class="screen"><PageHeader title={t('outreach.listTitle')} back={back} lead={t('outreach.notFound')} /></div>;
  const edit = <IfCanWrite kind="outreach"><a class="button button--secondary" href={`/genre/${id}/ubah`} data-testid="edit-outreach">{t('outreach.edit')}</a></IfCanWrite>;
  return (
    <div class="screen" data-testid="outreach-detail">
      <PageHeader title={session.title || t(`enums.outreachTopic.${session.topic}`)} back={back} action={edit} />
      <SessionCards session={session} />
      <OutreachParticipants session={session} />
      <RecordHistoryCard kind="outreach" id={session.id} fieldKeys="outreach.fields" />
      <DeleteOutreachButton session={session} />
    </div>
  );
}
