// Common words used across the app (Bahasa Indonesia, the default language).
export const common = {
  appName: 'Genting',
  appTagline: 'Gerakan Orang Tua Asuh Cegah Stunting',
  save: 'Simpan',
  cancel: 'Batal',
  edit: 'Ubah',
  delete: 'Hapus',
  back: 'Kembali',
  add: 'Tambah',
  search: 'Cari',
  yes: 'Ya',
  no: 'Tidak',
  loading: 'Memuat…',
  optional: 'opsional',
};
