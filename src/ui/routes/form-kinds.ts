// Which record kind each form path writes, and where "Kembali" goes when the signed-in role
// may not write it (issue #5). The frame (shell/app-frame.tsx) asks this for every path; the
// role rule itself is src/sync/roles.ts, the server's own. A unit test checks that every form
// path of the route files is listed here, so a new form cannot slip past the check.
import type { RecordKind } from '../../domain/record-kinds.ts';

export type FormTarget = { kind: RecordKind; back: string };

type Rule = { pattern: RegExp; kind: RecordKind; back: (match: RegExpMatchArray) => string };

const id = '([^/?#]+)';
const rules: readonly Rule[] = [
  { pattern: new RegExp('^/keluarga/baru$'), kind: 'household', back: () => '/keluarga' },
  { pattern: new RegExp(`^/keluarga/${id}/ubah$`), kind: 'household', back: (m) => `/keluarga/${m[1]}` },
  { pattern: new RegExp(`^/keluarga/${id}/anggota/baru$`), kind: 'person', back: (m) => `/keluarga/${m[1]}` },
  { pattern: new RegExp(`^/keluarga/${id}/anggota/${id}/ubah$`), kind: 'person', back: (m) => `/keluarga/${m[1]}` },
  { pattern: new RegExp(`^/keluarga/${id}/kunjungan/baru$`), kind: 'visit', back: (m) => `/keluarga/${m[1]}` },
  { pattern: new RegExp(`^/anak/${id}/ukur/baru$`), kind: 'measurement', back: (m) => `/anak/${m[1]}` },
  { pattern: new RegExp('^/genre/baru$'), kind: 'outreach', back: () => '/genre' },
  { pattern: new RegExp(`^/genre/${id}/ubah$`), kind: 'outreach', back: (m) => `/genre/${m[1]}` },
  { pattern: new RegExp('^/orang-tua-asuh/baru$'), kind: 'sponsor', back: () => '/orang-tua-asuh' },
  { pattern: new RegExp('^/orang-tua-asuh/komitmen/baru$'), kind: 'pledge', back: () => '/orang-tua-asuh' },
  { pattern: new RegExp(`^/orang-tua-asuh/komitmen/${id}/ubah$`), kind: 'pledge', back: (m) => `/orang-tua-asuh/komitmen/${m[1]}` },
  { pattern: new RegExp(`^/orang-tua-asuh/komitmen/${id}/penyaluran$`), kind: 'delivery', back: (m) => `/orang-tua-asuh/komitmen/${m[1]}` },
  { pattern: new RegExp(`^/orang-tua-asuh/${id}/ubah$`), kind: 'sponsor', back: (m) => `/orang-tua-asuh/${m[1]}` },
  { pattern: new RegExp('^/pokja/anggota/baru$'), kind: 'pokjaMember', back: () => '/pokja/anggota' },
  { pattern: new RegExp(`^/pokja/anggota/${id}/ubah$`), kind: 'pokjaMember', back: () => '/pokja/anggota' },
  { pattern: new RegExp('^/pokja/pertemuan/baru$'), kind: 'meeting', back: () => '/pokja' },
  { pattern: new RegExp(`^/pokja/pertemuan/${id}/ubah$`), kind: 'meeting', back: (m) => `/pokja/pertemuan/${m[1]}` },
  { pattern: new RegExp(`^/pokja/pertemuan/${id}/hadir$`), kind: 'attendance', back: (m) => `/pokja/pertemuan/${m[1]}` },
  { pattern: new RegExp(`^/pokja/pertemuan/${id}/rtl/baru$`), kind: 'actionItem', back: (m) => `/pokja/pertemuan/${m[1]}` },
  { pattern: new RegExp(`^/pokja/rtl/${id}/ubah$`), kind: 'actionItem', back: () => '/pokja/rtl' },
];

/** The record kind a form path writes, or null for a path that is not a form. */
export function formTarget(path: string): FormTarget | null {
  for (const rule of rules) {
    const match = path.match(rule.pattern);
    if (match) return { kind: rule.kind, back: rule.back(match) };
  }
  return null;
}
