// Pokja and outreach records for the report tests: plain domain records with valid ids.
import type { ActionItem } from '../../../src/domain/action-item.ts';
import type { Attendance } from '../../../src/domain/attendance.ts';
import type { Meeting } from '../../../src/domain/meeting.ts';
import type { Outreach } from '../../../src/domain/outreach.ts';
import type { PokjaMember } from '../../../src/domain/pokja-member.ts';

let next = 0;
function newId(): string {
  next += 1;
  return `0190a5b2-1c3d-7e4f-8a5b-${String(next).padStart(12, '0')}`;
}

const stamp = '2025-03-01T00:00:00.000Z';
const base = () => ({ id: newId(), villageCode: '6101052001', createdAt: stamp, updatedAt: stamp, deleted: false });

export const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export function makeMember(fields: Partial<PokjaMember> & Pick<PokjaMember, 'name' | 'position'>): PokjaMember {
  return { ...base(), active: true, ...fields };
}

export function makeMeeting(fields: Partial<Meeting> = {}): Meeting {
  return { ...base(), title: 'Rapat koordinasi GENTING', date: '2025-03-10', ...fields };
}

export function makeAttendance(meeting: Meeting, fields: Partial<Attendance> & Pick<Attendance, 'status'>): Attendance {
  return { ...base(), meetingId: meeting.id, ...fields };
}

export function makeActionItem(meeting: Meeting, fields: Partial<ActionItem> & Pick<ActionItem, 'what'>): ActionItem {
  return { ...base(), meetingId: meeting.id, who: 'Bidan Desa', status: 'rencana', ...fields };
}

export function makeOutreach(fields: Partial<Outreach> & Pick<Outreach, 'date'>): Outreach {
  return { ...base(), place: 'Balai desa', topic: 'pencegahan-stunting', ...fields };
}
