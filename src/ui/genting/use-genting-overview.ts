// The GENTING picture on this device, computed once per data change: at-risk targets with
// the pledges covering them (children's growth from their latest measurement once the WHO
// tables are loaded), coverage, the matching list, and every pledge's fulfilment.
import { useMemo } from 'preact/hooks';
import { latestChildGrowth } from '../../reports/child-growth.ts';
import { listAtRiskTargets, targetCoverage, unmatchedTargets } from '../../reports/genting-targets.ts';
import type { AtRiskTarget, Coverage } from '../../reports/genting-targets.ts';
import { buildPledgeRows, overduePledges } from '../../reports/pledge-overview.ts';
import type { PledgeRow } from '../../reports/pledge-overview.ts';
import { useAllGentingRecords } from '../data/genting.ts';
import type { AllGentingRecords } from '../data/genting.ts';
import { deviceToday } from '../platform/calendar.ts';
import { useGrowthTables } from './use-growth-tables.ts';

export type GentingOverview = {
  records: AllGentingRecords;
  today: string;
  targets: AtRiskTarget[];
  unmatched: AtRiskTarget[];
  coverage: Coverage;
  rows: PledgeRow[];
  overdue: PledgeRow[];
  /** Growth tables still loading: children at risk by growth alone are not listed yet. */
  isGrowthPending: boolean;
};

export function useGentingOverview(): GentingOverview | undefined {
  const records = useAllGentingRecords();
  const { tables, isLoading } = useGrowthTables();
  const today = deviceToday();
  return useMemo(() => {
    if (!records) return undefined;
    const growth = tables ? latestChildGrowth(tables, records.persons, records.measurements, today) : null;
    const targets = listAtRiskTargets(records, today, (id) => growth?.get(id) ?? null);
    const rows = buildPledgeRows(records.pledges, records.deliveries, records.sponsors, today);
    return { records, today, targets, unmatched: unmatchedTargets(targets), coverage: targetCoverage(targets), rows, overdue: overduePledges(rows), isGrowthPending: isLoading };
  }, [records, tables, isLoading, today]);
}
