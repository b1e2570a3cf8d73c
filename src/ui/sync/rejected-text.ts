// Wording and links of the refused-changes list: which record a change belongs to, the
// field the server named, and where the record's edit form is. Pure (unit tested).
import type { RecordKind } from '../../domain/record-kinds.ts';
import { isMessageKey } from '../../i18n/translate.ts';
import type { FieldValues } from '../../sync/merge.ts';
import type { Translate } from '../i18n/language.tsx';

const fieldNamespaces: Partial<Record<RecordKind, string>> = { household: 'households.fields', person: 'members.fields' };

/** The field's label in the record's form when there is one, else its name. */
export function fieldLabel(kind: RecordKind, field: string, t: Translate): string {
  const namespace = fieldNamespaces[kind];
  const key = namespace ? `${namespace}.${field}` : '';
  return namespace && isMessageKey(key) ? t(key) : field;
}

const titleFields = ['headName', 'name', 'title', 'topic', 'sponsorName'] as const;

/** What the user calls the record: its name or title, from the device's copy or the change. */
export function recordTitle(record: FieldValues | undefined, change: FieldValues, fallback: string): string {
  for (const source of [record, change]) {
    for (const field of titleFields) {
      const value = source?.[field];
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
  }
  return fallback;
}

/** The record's edit form, or null when the app has none for its kind (yet). */
export function editPathOf(kind: RecordKind, id: string, record: FieldValues | undefined): string | null {
  switch (kind) {
    case 'household':
      return `/keluarga/${id}/ubah`;
    case 'person':
      return typeof record?.householdId === 'string' ? `/keluarga/${record.householdId}/anggota/${id}/ubah` : null;
    case 'pokjaMember':
      return `/pokja/anggota/${id}/ubah`;
    case 'meeting':
      return `/pokja/pertemuan/${id}/ubah`;
    case 'actionItem':
      return `/pokja/rtl/${id}/ubah`;
    case 'outreach':
      return `/genre/${id}/ubah`;
    default:
      return null;
  }
}
