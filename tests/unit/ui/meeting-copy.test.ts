import { describe, expect, it } from 'vitest';
import { previousMeetingWithSections } from '../../../src/ui/pokja/pokja-drafts.ts';

const meeting = (id: string, date: string, fields: { background?: string | null; objectives?: string | null; expectedResults?: string | null; deleted?: boolean } = {}) => ({ id, date, ...fields });

describe('copying the standing sections A-C from the previous meeting', () => {
  const meetings = [
    meeting('m1', '2026-01-10', { background: 'Januari' }),
    meeting('m2', '2026-02-10', { objectives: 'Februari' }),
    meeting('m3', '2026-03-10', { background: '  ', objectives: null }),
    meeting('m4', '2026-03-05', { expectedResults: 'Dihapus', deleted: true }),
  ];

  it('takes the latest living meeting before the date that has one of them', () => {
    expect(previousMeetingWithSections(meetings, null, '2026-04-01')?.id).toBe('m2');
    expect(previousMeetingWithSections(meetings, null, '2026-02-01')?.id).toBe('m1');
    expect(previousMeetingWithSections(meetings, null, '2026-01-01')).toBeNull();
  });

  it('never offers the meeting itself, and any date when none is typed yet', () => {
    expect(previousMeetingWithSections(meetings, 'm2', '')?.id).toBe('m1');
    expect(previousMeetingWithSections(meetings, null, '')?.id).toBe('m2');
  });
});
