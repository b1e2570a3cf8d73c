// The latest growth status of a household's children under five (src/domain/child-status.ts),
// for the household page: each child's badges in the members list, and a stunted, wasted or
// underweight child as the first reason on the risk card. null while the WHO tables load (or
// are not cached offline yet): the page then shows the members without statuses.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { ChildFlag, ChildStatus } from '../../domain/child-status.ts';
import type { Person } from '../../domain/person.ts';
import { isUnderFive } from '../../domain/target-status.ts';
import { useMeasurementsOfMany } from '../data/children.ts';
import type { statusesOf } from './household-growth-compute.ts';
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

type Compute = { statusesOf: typeof statusesOf };

export function useHouseholdGrowth(members: readonly Person[] | undefined, today: CalendarDate): Map<string, ChildStatus> | null {
  const children = useMemo(() => (members ?? []).filter((m) => !m.deleted && isUnderFive(m.birthDate, today)), [members, today]);
  const measurements = useMeasurementsOfMany(children.map((c) => c.id));
  const { tables } = useGrowthTables();
  const [compute, setCompute] = useState<Compute | null>(null);
  useEffect(() => {
    if (compute || children.length === 0) return;
    let cancelled = false;
    import('./household-growth-compute.ts').then((module) => !cancelled && setCompute(module), () => undefined);
    return () => {
      cancelled = true;
    };
  }, [compute, children.length]);
  return useMemo(() => {
    if (!tables || !measurements || !compute) return null;
    return compute.statusesOf(tables, children, measurements, today);
  }, [tables, measurements, compute, children, today]);
}
