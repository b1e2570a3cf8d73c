// Drafts of the forms: the offer to continue unsaved input, and the question before leaving.
export const drafts = {
  offer: 'Lanjutkan isian yang belum disimpan?',
  offerHint: 'Isian ini tersimpan di HP ini, belum dikirim.',
  resume: 'Lanjutkan',
  discard: 'Buang',
  leaveTitle: 'Isian belum disimpan',
  leaveText: 'Jika ditinggalkan sekarang, isian tetap tersimpan di HP ini dan bisa dilanjutkan nanti.',
  stay: 'Tetap di sini',
  leave: 'Tinggalkan',
};
