// Beranda (home) in Bahasa Indonesia.
export const home = {
  greeting: 'Selamat datang',
  lead: 'Catat keluarga, pantau pertumbuhan anak, dan dampingi keluarga berisiko stunting bersama orang tua asuh.',
  overview: 'Ringkasan di perangkat ini',
  households: 'Keluarga',
  dusuns: 'Dusun',
  unsynced: 'Belum terkirim',
  quickActions: 'Mulai kerja',
  addHousehold: 'Tambah keluarga',
  openHouseholds: 'Lihat daftar keluarga',
  deviceTitle: 'Data di perangkat ini',
  offlineNote: 'Aplikasi ini tetap bisa dipakai tanpa sinyal. Data dikirim ke server desa saat sinkron.',
};
