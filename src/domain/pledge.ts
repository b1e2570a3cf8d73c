// Pledge (komitmen) of a sponsor: what, how much per period, how often, for whom.
// Edited over time (status, beneficiary assigned later). Fulfilment: pledge-fulfilment.ts.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { calendarDateField, choice, decimal, integer, optionalText, recordIdField, rupiahField } from './fields.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';

export const supportTypes = ['paket-pangan', 'pmt', 'uang-tunai', 'pendampingan', 'edukasi', 'air-sanitasi', 'perbaikan-rumah', 'lainnya'] as const;
export type SupportType = (typeof supportTypes)[number];

export const pledgeSchedules = ['sekali', 'mingguan', 'bulanan'] as const;
export type PledgeSchedule = (typeof pledgeSchedules)[number];

/** A child or a pregnant woman is a person; a family is a household. */
export const beneficiaryKinds = ['anak', 'ibu-hamil', 'keluarga'] as const;
export type BeneficiaryKind = (typeof beneficiaryKinds)[number];

export const pledgeStatuses = ['aktif', 'ditunda', 'selesai', 'batal'] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

export const pledgeSchema = z
  .object({
    ...baseRecordShape,
    sponsorId: recordIdField,
    supportType: choice(supportTypes),
    /** What exactly, e.g. "telur 1 tray, susu 2 kotak". */
    description: optionalText(300),
    /** Quantity per period with its unit ("10 kg"), or a Rupiah amount per period, or both. */
    quantity: decimal(0.01, 1_000_000, 2).nullish(),
    unit: optionalText(30),
    amountRp: rupiahField.nullish(),
    schedule: choice(pledgeSchedules),
    startDate: calendarDateField,
    /** Number of periods (weeks or months; 1 for once). Absent = open-ended. */
    periods: integer(1, 520).nullish(),
    beneficiaryKind: choice(beneficiaryKinds).nullish(),
    /** A person id (anak, ibu-hamil) or a household id (keluarga); absent = not yet assigned. */
    beneficiaryId: recordIdField.nullish(),
    status: choice(pledgeStatuses),
    notes: optionalText(1000),
  })
  .superRefine((pledge, ctx) => {
    const needsAmount = pledge.supportType !== 'pendampingan' && pledge.supportType !== 'edukasi';
    addIssues(ctx, [
      needsAmount && pledge.quantity == null && pledge.amountRp == null ? fieldIssue('quantity', 'pledgeNeedsAmount') : null,
      pledge.quantity != null && !pledge.unit ? fieldIssue('unit', 'unitRequired') : null,
      pledge.beneficiaryKind && !pledge.beneficiaryId ? fieldIssue('beneficiaryId', 'beneficiaryIdRequired') : null,
      pledge.beneficiaryId && !pledge.beneficiaryKind ? fieldIssue('beneficiaryKind', 'beneficiaryKindRequired') : null,
      pledge.schedule === 'sekali' && pledge.periods != null && pledge.periods !== 1 ? fieldIssue('periods', 'oncePledgeOnePeriod') : null,
    ]);
  });
export type Pledge = z.infer<typeof pledgeSchema>;
export type PledgeInput = z.input<typeof pledgeSchema>;
