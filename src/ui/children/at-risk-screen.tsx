// "Anak berisiko" (/anak): every child under five with the latest status (src/domain/
// child-status.ts), most urgent first: gizi buruk, sangat pendek, ..., T/2T, not measured in
// 60 days. Filterable by dusun; "Semua anak" shows the children without a flag too. The
// statuses are computed once per data change, and the first screenful of rows is drawn first.
import { useMemo, useState } from 'preact/hooks';
import { childStatusList } from '../../domain/child-status.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import type { Person } from '../../domain/person.ts';
import { useChildrenRecords } from '../data/children.ts';
import type { ChildrenRecords } from '../data/children.ts';
import { useFirstScreenful } from '../hooks/use-first-screenful.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { ageText } from './age-text.ts';
import { StatusBadges } from './status-badges.tsx';
import { useGrowthTables } from './use-growth-tables.ts';

type StatusList = ReturnType<typeof childStatusList<Person>>;
let last: { tables: GrowthTables; records: ChildrenRecords; today: string; list: StatusList } | undefined;

/** The statuses, computed once per data change: opening the list again with nothing written reuses them. */
function statusListOf(tables: GrowthTables, records: ChildrenRecords, today: string): StatusList {
  if (last && last.tables === tables && last.records.persons === records.persons && last.records.measurements === records.measurements && last.today === today) return last.list;
  const list = childStatusList(tables, records.persons, records.measurements, today);
  last = { tables, records, today, list };
  return list;
}

export function AtRiskScreen() {
  const t = useT();
  const records = useChildrenRecords();
  const { tables, isLoading } = useGrowthTables();
  const today = useMemo(() => deviceToday(), []);
  const [dusun, setDusun] = useState('');
  const [showAll, setShowAll] = useState(false);
  const households = useMemo(() => new Map((records?.households ?? []).map((h) => [h.id, h])), [records]);
  const list = useMemo(() => (tables && records ? statusListOf(tables, records, today) : null), [tables, records, today]);
  const inDusun = useMemo(() => (list ?? []).filter(({ person }) => !dusun || households.get(person.householdId)?.dusun?.trim() === dusun), [list, dusun, households]);
  const shown = showAll ? inDusun : inDusun.filter(({ status }) => status.isAtRisk);
  const drawn = useFirstScreenful(shown.length);
  const dusuns = useMemo(() => [...new Set((records?.households ?? []).map((h) => h.dusun?.trim() ?? '').filter(Boolean))].sort((a, b) => a.localeCompare(b, 'id')), [records]);
  if (!records || (isLoading && !tables)) return <p class="loading">{t('common.loading')}</p>;
  const title = t('children.list.title');
  if (!tables || !list) {
    return (
      <div class="screen">
        <PageHeader title={title} lead={t('measurements.assessment.noTables')} />
      </div>
    );
  }
  const atRisk = inDusun.filter(({ status }) => status.isAtRisk).length;
  return (
    <div class="screen" data-testid="at-risk-screen">
      <PageHeader title={title} lead={t('children.list.lead')} />
      <div class="filter-panel">
        {dusuns.length > 0 && <SelectField id="dusun" label={t('children.list.dusun')} value={dusun} options={dusuns.map((value) => ({ value, label: value }))} onValue={setDusun} />}
        <div class="chip-toggles">
          <button type="button" class="chip-toggle" aria-pressed={!showAll} onClick={() => setShowAll(false)}>{t('children.list.onlyAtRisk')}</button>
          <button type="button" class="chip-toggle" aria-pressed={showAll} onClick={() => setShowAll(true)}>{t('children.list.all')}</button>
        </div>
      </div>
      <p class="list-count" data-testid="at-risk-count">{t('children.list.count', { atRisk, total: inDusun.length })}</p>
      {shown.length === 0 ? (
        <p class="card card__text">{t(inDusun.length === 0 ? 'children.list.noChildren' : 'children.list.noneAtRisk')}</p>
      ) : (
        <ul class="list">
          {shown.slice(0, drawn).map(({ person, status }) => {
            const household = households.get(person.householdId);
            const meta = [ageText(t, person.birthDate, today), household?.headName ? t('children.list.family', { name: household.headName }) : '', household?.dusun ?? ''].filter(Boolean).join(' · ');
            const measured = status.daysSinceMeasured === null ? t('children.list.neverMeasured') : status.daysSinceMeasured === 0 ? t('children.list.measuredToday') : t('children.list.measuredDaysAgo', { days: status.daysSinceMeasured });
            return (
              <li key={person.id} class="list-item" data-testid="at-risk-item">
                <a class="list-item__link" href={`/anak/${person.id}`}>
                  <span class="list-item__body">
                    <span class="list-item__title">{person.name}</span>
                    <span class="list-item__sub">{meta}</span>
                    <StatusBadges flags={status.flags} />
                    <span class="list-item__sub">{measured}</span>
                  </span>
                  <svg class="list-item__chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
                  </svg>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
