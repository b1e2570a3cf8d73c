// Laporan untuk Orang Tua Asuh: for one sponsor, each pledge's beneficiary, the deliveries
// made, and the growth of the beneficiary's children since the pledge began.
// Privacy (UU 27/2022): the report is built from an explicit allow-list of fields, so it can
// never carry a NIK, KK number, phone, address, RT/RW or GPS point: a beneficiary is shown by
// name, sex, age and dusun only. Which children a pledge's growth covers:
//   anak       the child;
//   ibu-hamil  her children born since the pledge began (motherId);
//   keluarga   the household's children under five on the report day.
// Growth "then" is the last measurement on or before the pledge's start (else the first one
// after it); "now" is the latest; the trend is every measurement from "then" on.
import type { GrowthTables } from '../anthro/growth-tables.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { completedMonthsBetween } from '../domain/calendar-date.ts';
import type { Delivery } from '../domain/delivery.ts';
import type { Household } from '../domain/household.ts';
import type { Measurement } from '../domain/measurement.ts';
import type { Person, Sex } from '../domain/person.ts';
import type { BeneficiaryKind, Pledge } from '../domain/pledge.ts';
import { pledgeFulfilment } from '../domain/pledge-fulfilment.ts';
import type { Fulfilment } from '../domain/pledge-fulfilment.ts';
import type { Sponsor } from '../domain/sponsor.ts';
import { isUnderFive } from '../domain/target-status.ts';
import { growthSeries } from './child-growth.ts';
import type { GrowthPoint } from './child-growth.ts';
import { groupDeliveries } from './pledge-overview.ts';

export type ReportBeneficiary = { kind: BeneficiaryKind; name: string; dusun: string | null; sex: Sex | null; ageMonths: number | null };

export type ReportDelivery = { date: CalendarDate; items: string; quantity: number | null; unit: string | null; valueRp: number | null; receivedBy: string | null };

export type ChildGrowth = {
  name: string;
  sex: Sex;
  ageMonths: number | null;
  then: GrowthPoint | null;
  now: GrowthPoint | null;
  /** From "then" to "now", oldest first. */
  trend: GrowthPoint[];
};

export type SponsorReportPledge = {
  pledgeId: string;
  supportType: Pledge['supportType'];
  description: string | null;
  quantity: number | null;
  unit: string | null;
  amountRp: number | null;
  schedule: Pledge['schedule'];
  startDate: CalendarDate;
  periods: number | null;
  status: Pledge['status'];
  fulfilment: Fulfilment;
  beneficiary: ReportBeneficiary | null;
  deliveries: ReportDelivery[];
  children: ChildGrowth[];
};

export type SponsorReport = {
  sponsor: Pick<Sponsor, 'name' | 'kind' | 'contactPerson'>;
  villageCode: string;
  today: CalendarDate;
  pledges: SponsorReportPledge[];
  totals: { deliveries: number; valueRp: number; beneficiaries: number };
};

export type SponsorReportData = {
  pledges: readonly Pledge[];
  deliveries: readonly Delivery[];
  households: readonly Household[];
  persons: readonly Person[];
  measurements: readonly Measurement[];
};

function ageOf(person: Pick<Person, 'birthDate'>, today: CalendarDate): number | null {
  return person.birthDate && person.birthDate <= today ? completedMonthsBetween(person.birthDate, today) : null;
}

function beneficiaryOf(pledge: Pledge, households: Map<string, Household>, persons: Map<string, Person>, today: CalendarDate): ReportBeneficiary | null {
  if (!pledge.beneficiaryKind || !pledge.beneficiaryId) return null;
  if (pledge.beneficiaryKind === 'keluarga') {
    const household = households.get(pledge.beneficiaryId);
    return household ? { kind: 'keluarga', name: household.headName, dusun: household.dusun ?? null, sex: null, ageMonths: null } : null;
  }
  const person = persons.get(pledge.beneficiaryId);
  if (!person) return null;
  const dusun = households.get(person.householdId)?.dusun ?? null;
  return { kind: pledge.beneficiaryKind, name: person.name, dusun, sex: person.sex, ageMonths: ageOf(person, today) };
}

function childrenOf(pledge: Pledge, persons: readonly Person[], byId: Map<string, Person>, today: CalendarDate): Person[] {
  const id = pledge.beneficiaryId;
  if (!id) return [];
  if (pledge.beneficiaryKind === 'anak') return byId.has(id) ? [byId.get(id) as Person] : [];
  if (pledge.beneficiaryKind === 'ibu-hamil') return persons.filter((p) => p.motherId === id && !!p.birthDate && p.birthDate >= pledge.startDate);
  return persons.filter((p) => p.householdId === id && isUnderFive(p.birthDate, today));
}

/** Growth then and now of one child from a pledge's start date. */
export function growthSince(tables: GrowthTables | null, child: Person, measurements: readonly Measurement[], startDate: CalendarDate, today: CalendarDate): ChildGrowth {
  const series = tables ? growthSeries(tables, child, measurements) : [];
  const before = series.filter((point) => point.date <= startDate);
  const thenIndex = before.length > 0 ? before.length - 1 : series.length > 0 ? 0 : -1;
  const trend = thenIndex < 0 ? [] : series.slice(thenIndex);
  const then = trend[0] ?? null;
  const last = trend[trend.length - 1] ?? null;
  return { name: child.name, sex: child.sex, ageMonths: ageOf(child, today), then, now: last && last !== then ? last : null, trend };
}

function reportDelivery(delivery: Delivery): ReportDelivery {
  return { date: delivery.date, items: delivery.items, quantity: delivery.quantity ?? null, unit: delivery.unit ?? null, valueRp: delivery.valueRp ?? null, receivedBy: delivery.receivedBy ?? null };
}

export function buildSponsorReport(sponsor: Sponsor, data: SponsorReportData, tables: GrowthTables | null, today: CalendarDate): SponsorReport {
  const persons = data.persons.filter((p) => !p.deleted);
  const personsById = new Map(persons.map((p) => [p.id, p]));
  const households = new Map(data.households.filter((h) => !h.deleted).map((h) => [h.id, h]));
  const deliveriesByPledge = groupDeliveries(data.deliveries);
  const measurementsByChild = new Map<string, Measurement[]>();
  for (const m of data.measurements) {
    const list = measurementsByChild.get(m.personId);
    if (list) list.push(m);
    else measurementsByChild.set(m.personId, [m]);
  }
  const pledges = data.pledges
    .filter((p) => !p.deleted && p.sponsorId === sponsor.id && p.status !== 'batal')
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
    .map((pledge): SponsorReportPledge => {
      const deliveries = (deliveriesByPledge.get(pledge.id) ?? []).filter((d) => d.date <= today).sort((a, b) => a.date.localeCompare(b.date));
      const children = childrenOf(pledge, persons, personsById, today).map((child) => growthSince(tables, child, measurementsByChild.get(child.id) ?? [], pledge.startDate, today));
      return {
        pledgeId: pledge.id,
        supportType: pledge.supportType,
        description: pledge.description ?? null,
        quantity: pledge.quantity ?? null,
        unit: pledge.unit ?? null,
        amountRp: pledge.amountRp ?? null,
        schedule: pledge.schedule,
        startDate: pledge.startDate,
        periods: pledge.periods ?? null,
        status: pledge.status,
        fulfilment: pledgeFulfilment(pledge, deliveries, today),
        beneficiary: beneficiaryOf(pledge, households, personsById, today),
        deliveries: deliveries.map(reportDelivery),
        children,
      };
    });
  const beneficiaries = new Set(data.pledges.filter((p) => pledges.some((r) => r.pledgeId === p.id) && p.beneficiaryId).map((p) => p.beneficiaryId));
  return {
    sponsor: { name: sponsor.name, kind: sponsor.kind, contactPerson: sponsor.contactPerson ?? null },
    villageCode: sponsor.villageCode,
    today,
    pledges,
    totals: {
      deliveries: pledges.reduce((sum, p) => sum + p.deliveries.length, 0),
      valueRp: pledges.reduce((sum, p) => sum + p.deliveries.reduce((s, d) => s + (d.valueRp ?? 0), 0), 0),
      beneficiaries: beneficiaries.size,
    },
  };
}
