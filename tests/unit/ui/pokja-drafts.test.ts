import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../../src/domain/meeting.ts';
import { outreachSchema } from '../../../src/domain/outreach.ts';
import { actionItemSpec, checkActionItemDraft, memberSpec, meetingSpec, outreachSpec } from '../../../src/ui/pokja/pokja-drafts.ts';
import { draftFromRecord, draftToFields, emptyDraftOf, switchOn } from '../../../src/ui/pokja/record-draft.ts';

const system = { id: '0190a5b2-1c3d-7e4f-8a5b-000000000001', createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z', deleted: false };

describe('Pokja and GenRe form drafts', () => {
  it('turns a meeting draft into fields its schema accepts (dots out of the village code, empty -> null)', () => {
    const draft = emptyDraftOf(meetingSpec, { villageCode: '61.01.05.2001', title: '  Rapat GENTING ', date: '2025-03-10', startTime: '09:00', conclusions: 'Sepakat.\nLanjut.' });
    const fields = draftToFields(meetingSpec, draft);
    expect(fields).toMatchObject({ villageCode: '6101052001', title: 'Rapat GENTING', place: null, endTime: null, conclusions: 'Sepakat.\nLanjut.' });
    expect(meetingSchema.safeParse({ ...fields, ...system }).success).toBe(true);
  });

  it('reads counts as numbers, leaves a non-number for the schema to name, and empty counts as null', () => {
    const fields = draftToFields(outreachSpec, emptyDraftOf(outreachSpec, { villageCode: '6101052001', date: '2025-03-05', place: 'SMP 1', topic: 'napza', maleRemaja: '12', femaleRemaja: ' 9 ', femaleAnak: '3,5' }));
    expect(fields).toMatchObject({ maleRemaja: 12, femaleRemaja: 9, maleAnak: null, femaleAnak: '3,5' });
    const parsed = outreachSchema.safeParse({ ...fields, ...system });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['femaleAnak']);
  });

  it('keeps a member record round trip, the active switch included', () => {
    const member = { ...system, villageCode: '6101052001', name: 'Sri', position: 'bidan-desa', positionNote: null, phone: '0812 3456 7890', active: true };
    const draft = draftFromRecord(memberSpec, member);
    expect(draft).toEqual({ villageCode: '6101052001', name: 'Sri', position: 'bidan-desa', positionNote: '', phone: '0812 3456 7890', active: switchOn });
    expect(draftToFields(memberSpec, { ...draft, active: '' })).toMatchObject({ active: false, positionNote: null });
  });

  it('refuses an RTL due before its meeting, not on the meeting day', () => {
    const fields = draftToFields(actionItemSpec, emptyDraftOf(actionItemSpec, { what: 'Data sasaran', who: 'Bidan', dueDate: '2025-03-09', status: 'rencana' }));
    expect(checkActionItemDraft(fields, '2025-03-10').map((issue) => [issue.field, issue.messageKey])).toEqual([['dueDate', 'validation.dueBeforeMeeting']]);
    expect(checkActionItemDraft({ ...fields, dueDate: '2025-03-10' }, '2025-03-10')).toEqual([]);
    expect(checkActionItemDraft({ ...fields, dueDate: null }, '2025-03-10')).toEqual([]);
  });
});
