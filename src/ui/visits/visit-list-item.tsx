// One visit on the household page: date, members seen, topics, findings, referral, next date,
// who recorded it when asked (`showAuthor`, from the server), and "Hapus kunjungan".
import { RecordAuthor } from '../account/record-author.tsx';
import type { Person } from '../../domain/person.ts';
import type { Visit } from '../../domain/visit.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { DeleteVisitButton } from './delete-visit-button.tsx';

type Props = { visit: Visit; members: ReadonlyMap<string, Person>; showAuthor?: boolean };

export function VisitListItem({ visit, members, showAuthor = false }: Props) {
  const t = useT();
  const [language] = useLanguage();
  const seen = (visit.targetIds ?? []).map((id) => members.get(id)?.name).filter(Boolean);
  const topics = visit.topics ?? [];
  return (
    <li class="visit-item" data-testid="visit-item">
      <p class="visit-item__date">{formatDate(visit.date, language)}</p>
      {seen.length > 0 && <p class="visit-item__line">{t('visits.list.seen', { names: seen.join(', ') })}</p>}
      {topics.length > 0 && (
        <p class="visit-item__line">
          {topics.map((topic) => t(`enums.counsellingTopic.${topic}`)).join(' · ')}
        </p>
      )}
      {visit.findings && <p class="visit-item__line visit-item__findings">{visit.findings}</p>}
      {visit.referral && (
        <p class="visit-item__line visit-item__referral">
          {t('visits.list.referral', { target: t(`enums.referralTarget.${visit.referral}`) })}
          {visit.referralNote ? ` — ${visit.referralNote}` : ''}
        </p>
      )}
      {visit.nextVisitDate && <p class="visit-item__line">{t('visits.list.next', { date: formatDate(visit.nextVisitDate, language) })}</p>}
      {showAuthor && <RecordAuthor kind="visit" id={visit.id} />}
      <DeleteVisitButton visit={visit} />
    </li>
  );
}
