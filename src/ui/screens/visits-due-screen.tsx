// Kunjungan jatuh tempo (/kunjungan): households whose planned visit date came, or with
// targets and no visit in 30 days, most overdue first (src/ui/visits/visits-due.ts).
// Each row opens the visit form of that household (its page for a role that records no visits).
import { useCanWrite } from '../data/session.ts';
import { useMemo } from 'preact/hooks';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useHouseholdIndex } from '../data/household-index.ts';
import { placeText } from '../households/household-place-text.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import type { Language } from '../../i18n/translate.ts';
import { deviceDateOf, deviceToday, formatDate } from '../platform/calendar.ts';
import { listVisitsDue } from '../visits/visits-due.ts';
import type { DueVisit } from '../visits/visits-due.ts';

function reasonText(item: DueVisit, t: Translate, language: Language): string {
  if (item.reason === 'planned') return t('visits.due.planned', { date: formatDate(item.dueDate, language, 'medium') });
  if (item.reason === 'never-visited') return t('visits.due.neverVisited');
  return t('visits.due.noRecentVisit', { date: formatDate(item.entry.lastVisitDate ?? item.dueDate, language, 'medium') });
}

function DueItem({ item, canVisit }: { item: DueVisit; canVisit: boolean }) {
  const t = useT();
  const [language] = useLanguage();
  const { household } = item.entry;
  const place = placeText(household, t);
  return (
    <li class="list-item">
      <a class="list-item__link" href={canVisit ? `/keluarga/${household.id}/kunjungan/baru` : `/keluarga/${household.id}`} data-testid="due-item">
        <span class="list-item__body">
          <span class="list-item__title">{household.headName}</span>
          {place && <span class="list-item__meta">{place}</span>}
          <span class="list-item__sub">{reasonText(item, t, language)}</span>
          <span class="target-badges">
            <span class={item.overdueDays > 0 ? 'target-badge target-badge--risk' : 'target-badge target-badge--target'}>
              {item.overdueDays > 0 ? t('visits.due.overdue', { days: item.overdueDays }) : t('visits.due.today')}
            </span>
            {item.entry.risk.atRisk && <span class="target-badge target-badge--risk">{t('households.badges.atRisk')}</span>}
            {item.entry.hasPregnant && <span class="target-badge target-badge--target">{t('households.badges.pregnant')}</span>}
          </span>
        </span>
        <svg class="list-item__chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </a>
    </li>
  );
}

export function VisitsDueScreen() {
  const t = useT();
  const today = useMemo(() => deviceToday(), []);
  const entries = useHouseholdIndex(today);
  const due = useMemo(() => listVisitsDue(entries ?? [], today, (entry) => deviceDateOf(entry.household.createdAt)), [entries, today]);
  const back = { href: '/keluarga', label: t('households.detail.back') };
  const canVisit = useCanWrite('visit');
  if (entries === undefined) return <p class="loading">{t('common.loading')}</p>;
  return (
    <div class="screen" data-testid="visits-due">
      <PageHeader title={t('visits.due.title')} lead={t('visits.due.lead')} back={back} />
      {due.length === 0 ? (
        <EmptyState title={t('visits.due.emptyTitle')} body={t('visits.due.emptyBody')} />
      ) : (
        <ul class="list">
          {due.map((item) => (
            <DueItem key={item.entry.household.id} item={item} canVisit={canVisit} />
          ))}
        </ul>
      )}
    </div>
  );
}
