// GenRe outreach (penyuluhan Duta GenRe): the session list's order and the monthly totals
// of the audience by sex and age group (anak < 10, remaja 10-24, dewasa >= 25). Counts a
// session left empty add 0. Named participants are attendance records with the session's
// outreachId; they are reported beside the counts, not added to them (a named participant
// is one of the people counted).
import type { Attendance } from '../domain/attendance.ts';
import type { AudienceGroup, Outreach } from '../domain/outreach.ts';
import { audienceGroups } from '../domain/outreach.ts';

export type SexCounts = { male: number; female: number };

export type MonthlyOutreach = {
  /** 'YYYY-MM' */
  month: string;
  sessions: number;
  male: number;
  female: number;
  total: number;
  byGroup: Record<AudienceGroup, SexCounts>;
  namedParticipants: number;
};

const groupFields = {
  anak: { male: 'maleAnak', female: 'femaleAnak' },
  remaja: { male: 'maleRemaja', female: 'femaleRemaja' },
  dewasa: { male: 'maleDewasa', female: 'femaleDewasa' },
} as const satisfies Record<AudienceGroup, { male: keyof Outreach; female: keyof Outreach }>;

/** One session's audience by group and sex (absent counts are 0). */
export function audienceByGroup(session: Outreach): Record<AudienceGroup, SexCounts> {
  const result = {} as Record<AudienceGroup, SexCounts>;
  for (const group of audienceGroups) {
    const fields = groupFields[group];
    result[group] = { male: session[fields.male] ?? 0, female: session[fields.female] ?? 0 };
  }
  return result;
}

/** Newest first (date, then start time), deleted sessions left out. */
export function sortOutreachSessions(sessions: readonly Outreach[]): Outreach[] {
  return sessions
    .filter((session) => !session.deleted)
    .sort((a, b) => b.date.localeCompare(a.date) || (b.startTime ?? '').localeCompare(a.startTime ?? '') || b.id.localeCompare(a.id));
}

/** Named participants per session id (living attendance records of outreach sessions). */
export function countNamedParticipants(attendance: readonly Attendance[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of attendance) {
    if (record.deleted || !record.outreachId) continue;
    counts.set(record.outreachId, (counts.get(record.outreachId) ?? 0) + 1);
  }
  return counts;
}

function emptyMonth(month: string): MonthlyOutreach {
  const byGroup = Object.fromEntries(audienceGroups.map((group) => [group, { male: 0, female: 0 }])) as Record<AudienceGroup, SexCounts>;
  return { month, sessions: 0, male: 0, female: 0, total: 0, byGroup, namedParticipants: 0 };
}

/** Totals per calendar month, newest month first; months without a session are left out. */
export function summariseOutreachByMonth(sessions: readonly Outreach[], attendance: readonly Attendance[] = []): MonthlyOutreach[] {
  const named = countNamedParticipants(attendance);
  const months = new Map<string, MonthlyOutreach>();
  for (const session of sessions) {
    if (session.deleted) continue;
    const key = session.date.slice(0, 7);
    const month = months.get(key) ?? emptyMonth(key);
    months.set(key, month);
    month.sessions += 1;
    month.namedParticipants += named.get(session.id) ?? 0;
    for (const [group, counts] of Object.entries(audienceByGroup(session)) as [AudienceGroup, SexCounts][]) {
      month.byGroup[group].male += counts.male;
      month.byGroup[group].female += counts.female;
      month.male += counts.male;
      month.female += counts.female;
    }
    month.total = month.male + month.female;
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}
