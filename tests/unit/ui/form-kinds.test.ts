// Every form path of the app is known to the role check of the frame (issue #5): a form a
// role may not use shows a message instead. The route files are read as text so a new form
// route without an entry in src/ui/routes/form-kinds.ts fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formTarget } from '../../../src/ui/routes/form-kinds.ts';

const root = join(import.meta.dirname, '../../../src/ui');

function routePaths(): string[] {
  const files = [join(root, 'app.tsx'), ...readdirSync(join(root, 'routes')).filter((f) => f.endsWith('.tsx')).map((f) => join(root, 'routes', f))];
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/path="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** A route path with its parameters filled in, as a user would open it. */
function sample(path: string): string {
  return path.replace(/:[a-zA-Z]+/g, 'x1');
}

describe('formTarget', () => {
  it('knows every form route (paths ending in /baru, /ubah, /hadir, /penyaluran)', () => {
    // An account is not a record: its form checks the role on the server (routes/users.ts).
    const accountForms = new Set(['/akun/pengguna/baru']);
    const forms = routePaths().filter((path) => /\/(baru|ubah|hadir|penyaluran)$/.test(path) && !accountForms.has(path));
    expect(forms.length).toBeGreaterThanOrEqual(19);
    expect(forms.filter((path) => formTarget(sample(path)) === null)).toEqual([]);
  });

  it('leaves pages that are not forms alone', () => {
    const pages = routePaths().filter((path) => !/\/(baru|ubah|hadir|penyaluran)$/.test(path));
    expect(pages).toContain('/orang-tua-asuh/:id');
    expect(pages.filter((path) => formTarget(sample(path)) !== null)).toEqual([]);
  });

  it.each([
    ['/keluarga/baru', 'household', '/keluarga'],
    ['/keluarga/h1/ubah', 'household', '/keluarga/h1'],
    ['/keluarga/h1/anggota/baru', 'person', '/keluarga/h1'],
    ['/keluarga/h1/anggota/p1/ubah', 'person', '/keluarga/h1'],
    ['/keluarga/h1/kunjungan/baru', 'visit', '/keluarga/h1'],
    ['/anak/p1/ukur/baru', 'measurement', '/anak/p1'],
    ['/genre/baru', 'outreach', '/genre'],
    ['/orang-tua-asuh/baru', 'sponsor', '/orang-tua-asuh'],
    ['/orang-tua-asuh/s1/ubah', 'sponsor', '/orang-tua-asuh/s1'],
    ['/orang-tua-asuh/komitmen/baru', 'pledge', '/orang-tua-asuh'],
    ['/orang-tua-asuh/komitmen/k1/ubah', 'pledge', '/orang-tua-asuh/komitmen/k1'],
    ['/orang-tua-asuh/komitmen/k1/penyaluran', 'delivery', '/orang-tua-asuh/komitmen/k1'],
    ['/pokja/anggota/baru', 'pokjaMember', '/pokja/anggota'],
    ['/pokja/pertemuan/m1/ubah', 'meeting', '/pokja/pertemuan/m1'],
    ['/pokja/pertemuan/m1/hadir', 'attendance', '/pokja/pertemuan/m1'],
    ['/pokja/pertemuan/m1/rtl/baru', 'actionItem', '/pokja/pertemuan/m1'],
    ['/pokja/rtl/a1/ubah', 'actionItem', '/pokja/rtl'],
  ])('%s writes %s and goes back to %s', (path, kind, back) => {
    expect(formTarget(path)).toEqual({ kind, back });
  });
});
