// Keluarga: the household list with instant search (head, members, KK, address), filters
// (dusun, RT/RW, at risk, pregnant, under 2/5, not visited for 30 days), badges, the
// visits-due link and "Tambah keluarga". The index is built once per data change; a
// keystroke only filters it, and the list renders a page at a time (cheap phones), its first
// screenful first. At start that first screenful comes from the households table alone (head,
// dusun, RT/RW, address), with room kept for the badges; members, visits and the index follow
// one frame later, and a search or filter typed meanwhile applies once the index is there.
import { useCanWrite } from '../data/session.ts';
import { useMemo, useState } from 'preact/hooks';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { SearchBox } from '../components/search-box.tsx';
import { useHouseholdList } from '../data/household-index.ts';
import type { Household } from '../../domain/household.ts';
import { HouseholdFilterPanel } from '../households/household-filter-panel.tsx';
import { activeFilterCount, filterChoices, filterHouseholds, noFilters } from '../households/household-index.ts';
import type { HouseholdEntry, HouseholdFilters } from '../households/household-index.ts';
import { HouseholdListItem } from '../households/household-list-item.tsx';
import { useFirstScreenful } from '../hooks/use-first-screenful.ts';
import { useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import { deviceDateOf, deviceToday } from '../platform/calendar.ts';
import { listVisitsDue } from '../visits/visits-due.ts';

const pageSize = 50;
/** Search and filters survive a trip to a household's page and back (this tab only). */
const remembered = { query: '', filters: noFilters, isOpen: false };

function AddButton({ label }: { label: string }) {
  if (!useCanWrite('household')) return null;
  return (
    <a class="button button--primary button--wide button--large" href="/keluarga/baru" data-testid="add-household">
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d="M12 5v14M5 12h14" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
      </svg>
      {label}
    </a>
  );
}

function badgesOf(entry: HouseholdEntry, t: Translate) {
  const badges: { text: string; tone: 'risk' | 'target' }[] = [];
  if (entry.risk.atRisk) badges.push({ text: t('households.badges.atRisk'), tone: 'risk' });
  if (entry.hasPregnant) badges.push({ text: t('households.badges.pregnant'), tone: 'target' });
  if (entry.hasUnder2) badges.push({ text: t('households.badges.under2'), tone: 'target' });
  else if (entry.hasUnder5) badges.push({ text: t('households.badges.under5'), tone: 'target' });
  return badges;
}

function useListState() {
  const [query, setQueryState] = useState(remembered.query);
  const [filters, setFiltersState] = useState<HouseholdFilters>(remembered.filters);
  const [isOpen, setOpenState] = useState(remembered.isOpen);
  const [limit, setLimit] = useState(pageSize);
  return {
    query, filters, isOpen, limit, setLimit,
    setQuery: (value: string) => { remembered.query = value; setQueryState(value); setLimit(pageSize); },
    setFilters: (value: HouseholdFilters) => { remembered.filters = value; setFiltersState(value); setLimit(pageSize); },
    setOpen: (value: boolean) => { remembered.isOpen = value; setOpenState(value); },
  };
}

/** A row: the household, and its index entry (members, badges) once built. */
type Row = { household: Household; entry?: HouseholdEntry };

/** The rows to show: filtered entries of the index; before it, the households in order (none while a search or filter waits for it). */
function useRows(entries: HouseholdEntry[] | undefined, preview: Household[] | undefined, state: ReturnType<typeof useListState>, today: string): Row[] {
  return useMemo(() => {
    if (entries) return filterHouseholds(entries, state.query, state.filters, today).map((entry) => ({ household: entry.household, entry }));
    const narrowed = state.query.trim() !== '' || activeFilterCount(state.filters) > 0;
    return narrowed ? [] : (preview ?? []).map((household) => ({ household }));
  }, [entries, preview, state.query, state.filters, today]);
}

export function HouseholdsScreen() {
  const t = useT();
  const today = useMemo(() => deviceToday(), []);
  const { entries, preview } = useHouseholdList(today);
  const state = useListState();
  const shown = useRows(entries, preview, state, today);
  // A phone shows about six rows: fifteen first, then the rest of the page one frame later.
  const drawn = useFirstScreenful(Math.min(shown.length, state.limit), 15, `${state.query}|${JSON.stringify(state.filters)}`);
  const all = entries ?? preview?.map((household) => ({ household }));
  const choices = useMemo(() => filterChoices(all ?? [], state.filters.dusun), [entries, preview, state.filters.dusun]);
  const dueCount = useMemo(() => (entries ? listVisitsDue(entries, today, (entry) => deviceDateOf(entry.household.createdAt)).length : null), [entries, today]);

  if (all === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (all.length === 0) {
    return (
      <div class="screen">
        <PageHeader title={t('households.title')} lead={t('households.lead')} />
        <EmptyState title={t('households.empty.title')} body={t('households.empty.body')} testId="households-empty">
          <AddButton label={t('households.add')} />
        </EmptyState>
      </div>
    );
  }
  const activeCount = activeFilterCount(state.filters);
  return (
    <div class="screen">
      <PageHeader title={t('households.title')} lead={t('households.count', { count: all.length })} />
      <a class="button button--secondary button--wide due-link" href="/kunjungan" data-testid="visits-due-link">
        {dueCount === null ? t('visits.due.title') : t('visits.due.link', { count: dueCount })}
      </a>
      <SearchBox label={t('households.searchLabel')} placeholder={t('households.searchPlaceholder')} value={state.query} onValue={state.setQuery} />
      <div class="filter-bar">
        <button type="button" class="button button--ghost" aria-expanded={state.isOpen} onClick={() => state.setOpen(!state.isOpen)}>
          {activeCount > 0 ? t('households.filters.showCount', { count: activeCount }) : t('households.filters.show')}
        </button>
        {activeCount > 0 && (
          <button type="button" class="button button--ghost" onClick={() => state.setFilters(noFilters)}>
            {t('households.filters.clear')}
          </button>
        )}
      </div>
      {state.isOpen && <HouseholdFilterPanel filters={state.filters} choices={choices} onChange={state.setFilters} />}
      <p class="list-count" role="status" data-testid="list-count">
        {t('households.filters.shown', { shown: shown.length, total: all.length })}
      </p>
      {entries === undefined && shown.length === 0 ? (
        <p class="loading">{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        <p class="no-match">{state.query && activeCount === 0 ? t('households.noMatch', { query: state.query }) : t('households.filters.noMatch')}</p>
      ) : (
        <ul class="list" data-testid="household-list">
          {shown.slice(0, drawn).map(({ household, entry }) => (
            <HouseholdListItem key={household.id} household={household} memberCount={entry?.memberCount} badges={entry && badgesOf(entry, t)} pending={!entry} />
          ))}
        </ul>
      )}
      {shown.length > state.limit && (
        <button type="button" class="button button--secondary button--wide" onClick={() => state.setLimit(state.limit + pageSize)}>
          {t('households.filters.showMore', { count: Math.min(pageSize, shown.length - state.limit) })}
        </button>
      )}
      <div class="floating-action">
        <AddButton label={t('households.add')} />
      </div>
    </div>
  );
}
