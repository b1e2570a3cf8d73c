// One zod schema per record kind (DOMAIN.md), shared by the app's repositories and the
// server's push validation. Adding a kind: add it to record-kinds.ts AND here.
import { actionItemSchema } from './action-item.ts';
import { attendanceSchema } from './attendance.ts';
import { deliverySchema } from './delivery.ts';
import { householdSchema } from './household.ts';
import { measurementSchema } from './measurement.ts';
import { meetingSchema } from './meeting.ts';
import { outreachSchema } from './outreach.ts';
import { personSchema } from './person.ts';
import { pledgeSchema } from './pledge.ts';
import { pokjaMemberSchema } from './pokja-member.ts';
import type { RecordKind } from './record-kinds.ts';
import { sponsorSchema } from './sponsor.ts';
import { visitSchema } from './visit.ts';

export const recordSchemas = {
  household: householdSchema,
  person: personSchema,
  measurement: measurementSchema,
  visit: visitSchema,
  outreach: outreachSchema,
  sponsor: sponsorSchema,
  pledge: pledgeSchema,
  delivery: deliverySchema,
  pokjaMember: pokjaMemberSchema,
  meeting: meetingSchema,
  attendance: attendanceSchema,
  actionItem: actionItemSchema,
} satisfies Record<RecordKind, unknown>;

export type RecordSchemas = typeof recordSchemas;
