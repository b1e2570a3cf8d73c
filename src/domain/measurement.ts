// Measurement (pengukuran) of a child under five: an append-mostly event. Plausibility
// bounds are wide on purpose: the WHO flags in src/anthro judge implausible z-scores.
// Method: under 24 months lying (length, 'l'), from 24 months standing (height, 'h');
// src/anthro applies the WHO 0.7 cm correction when the other way was used.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';
import { booleanField, calendarDateField, choice, decimal, optionalText, recordIdField } from './fields.ts';

/** 'l' = recumbent length (berbaring), 'h' = standing height (berdiri), as in the WHO tables. */
export const measureMethods = ['l', 'h'] as const;
export type MeasureMethod = (typeof measureMethods)[number];

export const measurementPlaces = ['posyandu', 'rumah', 'puskesmas', 'paud', 'lainnya'] as const;
export type MeasurementPlace = (typeof measurementPlaces)[number];

export const measurementSchema = z
  .object({
  ...baseRecordShape,
  /** The child (a person). */
  personId: recordIdField,
  date: calendarDateField,
  /** Kilograms; scales read to 0.1 kg (baby scales to 0.01 kg). */
  weightKg: decimal(0.5, 60, 2).nullish(),
  /** Length or height in cm to 0.1 cm. */
  lengthCm: decimal(35, 130, 1).nullish(),
  measure: choice(measureMethods).nullish(),
  headCm: decimal(20, 60, 1).nullish(),
  /** Mid-upper arm circumference (LiLA). */
  armCm: decimal(5, 30, 1).nullish(),
  /** Bilateral pitting oedema: weight-based indices are not interpreted when true. */
  oedema: booleanField.nullish(),
  place: choice(measurementPlaces).nullish(),
  measuredBy: optionalText(100),
  notes: optionalText(500),
  })
  .superRefine((measurement, ctx) => {
    const hasValue = [measurement.weightKg, measurement.lengthCm, measurement.headCm, measurement.armCm].some((value) => value != null);
    addIssues(ctx, [
      hasValue ? null : fieldIssue('weightKg', 'measurementNeedsValue'),
      measurement.lengthCm != null && !measurement.measure ? fieldIssue('measure', 'measureRequired') : null,
    ]);
  });
export type Measurement = z.infer<typeof measurementSchema>;
export type MeasurementInput = z.input<typeof measurementSchema>;
