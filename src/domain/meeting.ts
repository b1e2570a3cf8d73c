// Meeting (pertemuan Pokja): the fields of the programme's meeting report
// (A Latar Belakang ... G Kesimpulan). Edited over time.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { calendarDateField, isTimeOfDay, optionalText, text, timeOfDayField } from './fields.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';

export const meetingSchema = z
  .object({
    ...baseRecordShape,
    title: text(200),
    date: calendarDateField,
    startTime: timeOfDayField.nullish(),
    endTime: timeOfDayField.nullish(),
    place: optionalText(150),
    agenda: optionalText(2000),
    background: optionalText(4000),
    objectives: optionalText(4000),
    expectedResults: optionalText(4000),
    material: optionalText(4000),
    conclusions: optionalText(4000),
  })
  .superRefine((meeting, ctx) => {
    addIssues(ctx, [
      isTimeOfDay(meeting.startTime) && isTimeOfDay(meeting.endTime) && meeting.endTime < meeting.startTime ? fieldIssue('endTime', 'endBeforeStart') : null,
    ]);
  });
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingInput = z.input<typeof meetingSchema>;
