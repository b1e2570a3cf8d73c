// Small device settings kept in localStorage (not synced): the village code used last,
// so a cadre working in one village does not type it for every household.
// A settings screen will edit these later.
const LAST_VILLAGE_CODE = 'genting.lastVillageCode';

export function readLastVillageCode(): string {
  try {
    const value = localStorage.getItem(LAST_VILLAGE_CODE) ?? '';
    return /^\d{10}$/.test(value) ? value : '';
  } catch {
    return '';
  }
}

export function saveLastVillageCode(code: string): void {
  try {
    localStorage.setItem(LAST_VILLAGE_CODE, code);
  } catch {
    // Storage disabled: the form simply starts empty next time.
  }
}
