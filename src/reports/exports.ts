// Rows of every exportable list (issue #7), from records of the device database, for one
// village. Pure: no DOM, no I/O. Cells are what a village head reads in a spreadsheet: choice
// codes become their labels in the current language (enums, anthro, children namespaces),
// yes/no through common, meetings by title and date. Column headers are i18n keys of
// `reports.exportColumns`. NIK and KK numbers are masked unless the role may see them
// (koordinator, admin); a sponsor report never holds them at all (sponsor-report.ts).
import type { GrowthTables } from '../anthro/growth-tables.ts';
import type { ActionItem } from '../domain/action-item.ts';
import type { Attendance } from '../domain/attendance.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { ChildStatus, IndexStatus } from '../domain/child-status.ts';
import { childStatusList } from '../domain/child-status.ts';
import type { Delivery } from '../domain/delivery.ts';
import type { Household } from '../domain/household.ts';
import type { Measurement } from '../domain/measurement.ts';
import type { Meeting } from '../domain/meeting.ts';
import type { Outreach } from '../domain/outreach.ts';
import type { Person } from '../domain/person.ts';
import type { Pledge } from '../domain/pledge.ts';
import type { PokjaMember } from '../domain/pokja-member.ts';
import type { Sponsor } from '../domain/sponsor.ts';
import { isUnderFive } from '../domain/target-status.ts';
import type { Role } from '../sync/roles.ts';
import type { MessageKey } from '../i18n/index.ts';
import { sortMeetingActionItems } from './action-items.ts';
import type { Cell, Table } from './export-files.ts';
import { resolveAttendance } from './meeting-report.ts';

export const exportLists = ['households', 'children', 'measurements', 'sponsors', 'pledges', 'deliveries', 'attendance', 'actionItems'] as const;
export type ExportList = (typeof exportLists)[number];

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export type ExportColumn = (typeof exportColumns)[number];
export type ExportRows = { list: ExportList; columns: readonly ExportColumn[]; rows: Cell[][] };

// The column ids double as the i18n keys under reports.exportColumns.
export const exportColumns = [
  'village', 'dusun', 'rw', 'rt', 'address', 'headName', 'kkNumber', 'phone', 'welfareDecile', 'drinkingWater',
  'toilet', 'houseCondition', 'name', 'nik', 'sex', 'birthDate', 'ageMonths', 'household', 'lastMeasured', 'zBbu',
  'catBbu', 'zPbu', 'catPbu', 'zBbpb', 'catBbpb', 'faltering', 'flags', 'atRisk', 'date', 'weightKg', 'lengthCm',
  'measure', 'armCm', 'oedema', 'place', 'measuredBy', 'kind', 'contactPerson', 'sponsor', 'supportType',
  'description', 'quantity', 'unit', 'amountRp', 'schedule', 'startDate', 'periods', 'beneficiaryKind', 'beneficiary',
  'status', 'items', 'valueRp', 'receivedBy', 'deliveredBy', 'meeting', 'meetingDate', 'position', 'what', 'who',
  'dueDate', 'notes',
] as const;

/** Whether a role may see full NIK and KK numbers in exports. */
export function maySeeIdentifiers(role: Role | null): boolean {
  return role === 'koordinator' || role === 'admin';
}

/** 3201234567890001 → 3201••••••••0001 (first 4 and last 4 digits kept). */
export function maskIdentifier(value: string | null | undefined, reveal: boolean): string | null {
  if (!value) return null;
  if (reveal) return value;
  if (value.length <= 8) return '•'.repeat(value.length);
  return `${value.slice(0, 4)}${'•'.repeat(value.length - 8)}${value.slice(-4)}`;
}

export type ExportSource = {
  role: Role | null;
  villageCode: string;
  /** Today on the device: the children's ages and "not measured for 60 days". */
  today: CalendarDate;
  /** WHO growth tables; null (offline before the first use) leaves the z-score cells empty. */
  tables: GrowthTables | null;
  households: readonly Household[];
  persons: readonly Person[];
  measurements: readonly Measurement[];
  sponsors: readonly Sponsor[];
  pledges: readonly Pledge[];
  deliveries: readonly Delivery[];
  pokjaMembers: readonly PokjaMember[];
  meetings: readonly Meeting[];
  outreach: readonly Outreach[];
  attendance: readonly Attendance[];
  actionItems: readonly ActionItem[];
};

type Living = { deleted: boolean; villageCode: string };
const text = (value: string | number | null | undefined): Cell => (value === undefined || value === null || value === '' ? null : value);
const byText = (a: string, b: string) => a.localeCompare(b, 'id');

/** The living records of the village, of every kind. */
function inVillage(source: ExportSource) {
  const keep = <T extends Living>(records: readonly T[]): T[] => records.filter((r) => !r.deleted && r.villageCode === source.villageCode);
  return {
    households: keep(source.households),
    persons: keep(source.persons),
    measurements: keep(source.measurements),
    sponsors: keep(source.sponsors),
    pledges: keep(source.pledges),
    deliveries: keep(source.deliveries),
    pokjaMembers: keep(source.pokjaMembers),
    meetings: keep(source.meetings),
    outreach: keep(source.outreach),
    attendance: keep(source.attendance),
    actionItems: keep(source.actionItems),
  };
}

function categoryCell(index: IndexStatus | null, t: Translate): Cell {
  if (!index) return null;
  if (index.category) return t(`anthro.categories.${index.category}`);
  if (index.problem === 'recheck') return t('anthro.recheck');
  if (index.problem === 'oedema') return t('children.flags.oedema');
  return null;
}

function childCells(status: ChildStatus | null, t: Translate): Cell[] {
  if (!status) return [null, null, null, null, null, null, null, null, null, null, null];
  const i = status.indices;
  const flags = status.flags.map((flag) => t(`children.flags.${flag}`)).join('; ');
  return [
    text(status.ageMonths), text(status.lastMeasured),
    text(i.bbu?.z), categoryCell(i.bbu, t), text(i.pbu?.z), categoryCell(i.pbu, t), text(i.bbpb?.z), categoryCell(i.bbpb, t),
    status.faltering ? t(`anthro.faltering.${status.faltering}`) : null, flags || t('children.flags.none'), t(status.isAtRisk ? 'common.yes' : 'common.no'),
  ];
}

export function exportRows(list: ExportList, source: ExportSource, t: Translate): ExportRows {
  const reveal = maySeeIdentifiers(source.role);
  const r = inVillage(source);
  const persons = new Map(r.persons.map((p) => [p.id, p]));
  const households = new Map(r.households.map((h) => [h.id, h]));
  const sponsors = new Map(r.sponsors.map((s) => [s.id, s]));
  const yesNo = (value: boolean | null | undefined): Cell => (value == null ? null : t(value ? 'common.yes' : 'common.no'));
  const beneficiaryName = (id: string | null | undefined): Cell => (id ? text(persons.get(id)?.name ?? households.get(id)?.headName) : t('reports.sponsor.notAssigned'));
  const table = (columns: ExportColumn[], rows: Cell[][]): ExportRows => ({ list, columns, rows });
  switch (list) {
    case 'households':
      return table(
        ['village', 'dusun', 'rw', 'rt', 'address', 'headName', 'kkNumber', 'phone', 'welfareDecile', 'drinkingWater', 'toilet', 'houseCondition', 'notes'],
        r.households
          .sort((a, b) => byText(a.dusun ?? '', b.dusun ?? '') || byText(a.headName, b.headName))
          .map((h) => [
            h.villageCode, text(h.dusun), text(h.rw), text(h.rt), text(h.address), h.headName, maskIdentifier(h.kkNumber, reveal), text(h.phone), text(h.welfareDecile),
            h.drinkingWater ? t(`enums.drinkingWater.${h.drinkingWater}`) : null, h.toilet ? t(`enums.toilet.${h.toilet}`) : null,
            h.houseCondition ? t(`enums.houseCondition.${h.houseCondition}`) : null, text(h.notes),
          ]),
      );
    case 'children': {
      const children = source.tables
        ? childStatusList(source.tables, r.persons, r.measurements, source.today)
        : r.persons.filter((p) => isUnderFive(p.birthDate, source.today)).sort((a, b) => byText(a.name, b.name)).map((person) => ({ person, status: null }));
      return table(
        ['village', 'dusun', 'name', 'nik', 'sex', 'birthDate', 'household', 'ageMonths', 'lastMeasured', 'zBbu', 'catBbu', 'zPbu', 'catPbu', 'zBbpb', 'catBbpb', 'faltering', 'flags', 'atRisk'],
        children.map(({ person: p, status }) => {
          const household = households.get(p.householdId);
          return [p.villageCode, text(household?.dusun), p.name, maskIdentifier(p.nik, reveal), t(`enums.sex.${p.sex}`), text(p.birthDate), text(household?.headName), ...childCells(status, t)];
        }),
      );
    }
    case 'measurements':
      return table(
        ['village', 'name', 'date', 'weightKg', 'lengthCm', 'measure', 'armCm', 'oedema', 'place', 'measuredBy', 'notes'],
        r.measurements
          .map((m) => ({ m, name: persons.get(m.personId)?.name ?? '' }))
          .sort((a, b) => byText(a.name, b.name) || a.m.date.localeCompare(b.m.date))
          .map(({ m, name }) => [
            m.villageCode, text(name), m.date, text(m.weightKg), text(m.lengthCm), m.measure ? t(`enums.measureMethod.${m.measure}`) : null, text(m.armCm), yesNo(m.oedema),
            m.place ? t(`enums.measurementPlace.${m.place}`) : null, text(m.measuredBy), text(m.notes),
          ]),
      );
    case 'sponsors':
      return table(
        ['village', 'kind', 'name', 'contactPerson', 'phone', 'address', 'notes'],
        r.sponsors.sort((a, b) => byText(a.name, b.name)).map((s) => [s.villageCode, t(`enums.sponsorKind.${s.kind}`), s.name, text(s.contactPerson), text(s.phone), text(s.address), text(s.notes)]),
      );
    case 'pledges':
      return table(
        ['village', 'sponsor', 'supportType', 'description', 'quantity', 'unit', 'amountRp', 'schedule', 'startDate', 'periods', 'beneficiaryKind', 'beneficiary', 'status', 'notes'],
        r.pledges
          .sort((a, b) => a.startDate.localeCompare(b.startDate))
          .map((p) => [
            p.villageCode, text(sponsors.get(p.sponsorId)?.name), t(`enums.supportType.${p.supportType}`), text(p.description), text(p.quantity), text(p.unit), text(p.amountRp),
            t(`enums.pledgeSchedule.${p.schedule}`), p.startDate, text(p.periods), p.beneficiaryKind ? t(`enums.beneficiaryKind.${p.beneficiaryKind}`) : null,
            beneficiaryName(p.beneficiaryId), t(`enums.pledgeStatus.${p.status}`), text(p.notes),
          ]),
      );
    case 'deliveries': {
      const pledges = new Map(r.pledges.map((p) => [p.id, p]));
      return table(
        ['village', 'date', 'sponsor', 'beneficiary', 'items', 'quantity', 'unit', 'valueRp', 'deliveredBy', 'receivedBy', 'notes'],
        r.deliveries
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((d) => {
            const pledge = pledges.get(d.pledgeId);
            return [
              d.villageCode, d.date, text(pledge ? sponsors.get(pledge.sponsorId)?.name : null), pledge ? beneficiaryName(pledge.beneficiaryId) : null,
              d.items, text(d.quantity), text(d.unit), text(d.valueRp), text(d.deliveredBy), text(d.receivedBy), text(d.note),
            ];
          }),
      );
    }
    case 'attendance':
      return table(['village', 'meeting', 'date', 'name', 'position', 'status'], attendanceRows(r, source.villageCode, t));
    case 'actionItems': {
      const meetings = [...r.meetings].sort((a, b) => a.date.localeCompare(b.date) || byText(a.title, b.title));
      return table(
        ['village', 'meeting', 'meetingDate', 'what', 'who', 'dueDate', 'status', 'notes'],
        meetings.flatMap((meeting) =>
          sortMeetingActionItems(r.actionItems.filter((a) => a.meetingId === meeting.id)).map((a) => [
            a.villageCode, meeting.title, meeting.date, a.what, a.who, text(a.dueDate), t(`enums.actionItemStatus.${a.status}`), text(a.progressNotes),
          ]),
        ),
      );
    }
  }
}

/** Pokja meetings (the Daftar Hadir of each: the record that counts per member) then GenRe outreach. */
function attendanceRows(r: ReturnType<typeof inVillage>, villageCode: string, t: Translate): Cell[][] {
  const guest = t('pokja.report.guestGroup');
  const events = [
    ...r.meetings.map((m) => ({
      date: m.date,
      title: m.title,
      rows: resolveAttendance(m.id, r.attendance, r.pokjaMembers).map((row) => ({
        name: row.name,
        status: row.status,
        position: row.position
          ? [t(`enums.pokjaPosition.${row.position}`), row.positionText].filter(Boolean).join(' – ')
          : row.memberId
            ? row.positionText
            : [row.positionText, guest].filter(Boolean).join(' – '),
      })),
    })),
    ...r.outreach.map((o) => ({
      date: o.date,
      title: o.title || t(`enums.outreachTopic.${o.topic}`),
      rows: r.attendance.filter((a) => a.outreachId === o.id).map((a) => ({ name: a.name ?? '', status: a.status, position: a.position ?? null })),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date) || byText(a.title, b.title));
  return events.flatMap((event) =>
    event.rows.map((row) => [villageCode, event.title, event.date, text(row.name), text(row.position), t(`enums.attendanceStatus.${row.status}`)]),
  );
}

/** The columns that hold calendar dates (date cells in XLSX). */
const dateColumns: ReadonlySet<ExportColumn> = new Set<ExportColumn>(['birthDate', 'lastMeasured', 'date', 'startDate', 'meetingDate', 'dueDate']);

/** The rows as a table with translated headers and sheet name, for toCsv / toXlsx. */
export function exportTable(rows: ExportRows, t: Translate): Table {
  return {
    sheet: t(`reports.exportLists.${rows.list}`),
    headers: rows.columns.map((column) => t(`reports.exportColumns.${column}`)),
    rows: rows.rows,
    dateColumns: rows.columns.map((column) => dateColumns.has(column)),
  };
}

/** genting-keluarga-3374122003-2026-11-29.csv */
export function exportFileName(list: ExportList, villageCode: string, today: CalendarDate, extension: 'csv' | 'xlsx'): string {
  return `genting-${fileWords[list]}-${villageCode}-${today}.${extension}`;
}

const fileWords: Record<ExportList, string> = {
  households: 'keluarga',
  children: 'anak',
  measurements: 'pengukuran',
  sponsors: 'orang-tua-asuh',
  pledges: 'komitmen',
  deliveries: 'penyaluran',
  attendance: 'kehadiran',
  actionItems: 'rtl',
};
