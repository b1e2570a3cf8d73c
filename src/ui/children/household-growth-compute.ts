// The part of the household page's growth statuses that needs the z-score code (src/anthro via
// child-status.ts): loaded lazily by use-household-growth.ts, so the household list and page
// draw without it and the first bundle stays small.
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { ChildStatus } from '../../domain/child-status.ts';
import { childStatus } from '../../domain/child-status.ts';
import type { Measurement } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';

export function statusesOf(tables: GrowthTables, children: readonly Person[], measurements: readonly Measurement[], today: CalendarDate): Map<string, ChildStatus> {
  return new Map(children.map((child) => [child.id, childStatus(tables, child, measurements, today)]));
}
