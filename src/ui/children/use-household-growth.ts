// The latest growth status of a household's children under five (src/domain/child-status.ts),
// for the household page: each child's badges in the members list, and a stunted, wasted or
// underweight child as the first reason on the risk card. null while the WHO tables load (or
// are not cached offline yet): the page then shows the members without statuses.
import { useMemo } from 'preact/hooks';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { ChildFlag, ChildStatus } from '../../domain/child-status.ts';
import { childStatus } from '../../domain/child-status.ts';
import type { Person } from '../../domain/person.ts';
import { isUnderFive } from '../../domain/target-status.ts';
import { useMeasurementsOfMany } from '../data/children.ts';
import { useGrowthTables } from './use-growth-tables.ts';

/** The flags that make a child's growth a reason of the family's risk (below -2 SD, or oedema). */
export const growthReasonFlags: readonly ChildFlag[] = ['oedema', 'severely-wasted', 'severely-stunted', 'severely-underweight', 'wasted', 'stunted', 'underweight'];

export type GrowthReason = { personId: string; name: string; flag: ChildFlag };

/** Each child's most urgent growth flag that is a risk reason, most urgent child first. */
export function growthReasons(members: readonly Person[], statuses: ReadonlyMap<string, ChildStatus>): GrowthReason[] {
  const reasons: GrowthReason[] = [];
  for (const member of members) {
    const flag = statuses.get(member.id)?.flags.find((f) => growthReasonFlags.includes(f));
    if (flag) reasons.push({ personId: member.id, name: member.name, flag });
  }
  return reasons.sort((a, b) => growthReasonFlags.indexOf(a.flag) - growthReasonFlags.indexOf(b.flag));
}

export function useHouseholdGrowth(members: readonly Person[] | undefined, today: CalendarDate): Map<string, ChildStatus> | null {
  const children = useMemo(() => (members ?? []).filter((m) => !m.deleted && isUnderFive(m.birthDate, today)), [members, today]);
  const measurements = useMeasurementsOfMany(children.map((c) => c.id));
  const { tables } = useGrowthTables();
  return useMemo(() => {
    if (!tables || !measurements) return null;
    return new Map(children.map((child) => [child.id, childStatus(tables, child, measurements, today)]));
  }, [tables, measurements, children, today]);
}
