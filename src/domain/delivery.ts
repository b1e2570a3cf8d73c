// Aid delivery (penyaluran) against a pledge: an append-mostly event.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { calendarDateField, decimal, optionalText, recordIdField, rupiahField, text } from './fields.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';

export const deliverySchema = z
  .object({
    ...baseRecordShape,
    pledgeId: recordIdField,
    date: calendarDateField,
    /** What was handed over, e.g. "beras 5 kg, telur 30 butir". */
    items: text(300),
    quantity: decimal(0.01, 1_000_000, 2).nullish(),
    unit: optionalText(30),
    valueRp: rupiahField.nullish(),
    deliveredBy: optionalText(100),
    receivedBy: optionalText(100),
    note: optionalText(500),
  })
  .superRefine((delivery, ctx) => {
    addIssues(ctx, [
      delivery.quantity != null && !delivery.unit ? fieldIssue('unit', 'unitRequired') : null,
    ]);
  });
export type Delivery = z.infer<typeof deliverySchema>;
export type DeliveryInput = z.input<typeof deliverySchema>;
