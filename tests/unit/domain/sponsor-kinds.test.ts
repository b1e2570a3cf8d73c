// Sponsor kinds that fit a village (issue #14), and the kinds offered before, still valid.
import { describe, expect, it } from 'vitest';
import { offeredSponsorKinds, sponsorSchema } from '../../../src/domain/sponsor.ts';
import { translate } from '../../../src/i18n/index.ts';

const base = { id: '0190a5b2-1c3d-7e4f-8a5b-000000000001', villageCode: '3374122003', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deleted: false, name: 'Bu Ani' };

describe('sponsor kinds', () => {
  it('offers the nine kinds of a village, in order, in Indonesian', () => {
    expect(offeredSponsorKinds.map((kind) => translate('id', `enums.sponsorKind.${kind}`))).toEqual([
      'Perorangan', 'Keluarga', 'Kelompok / komunitas', 'UMKM / usaha lokal', 'BUMDes', 'Perusahaan / CSR', 'Instansi pemerintah', 'Lembaga keagamaan / ormas', 'Lainnya',
    ]);
  });

  it('keeps a sponsor of a kind offered before valid, with its own label', () => {
    for (const kind of ['bumn-bumd', 'lsm-komunitas', 'perguruan-tinggi', 'media']) {
      expect(sponsorSchema.safeParse({ ...base, kind }).success).toBe(true);
      expect(offeredSponsorKinds).not.toContain(kind);
    }
    expect(translate('id', 'enums.sponsorKind.lsm-komunitas')).toBe('LSM / komunitas');
    expect(sponsorSchema.safeParse({ ...base, kind: 'umkm' }).success).toBe(true);
    expect(sponsorSchema.safeParse({ ...base, kind: 'koperasi' }).success).toBe(false);
  });
});
