// Home in English.
import type { Dictionary } from '../dictionary.ts';

export const home = {
  greeting: 'Welcome',
  lead: 'Record families, follow children’s growth, and support families at risk of stunting together with sponsors.',
  overview: 'Overview on this device',
  households: 'Families',
  dusuns: 'Dusun',
  unsynced: 'Not yet sent',
  quickActions: 'Get started',
  addHousehold: 'Add family',
  openHouseholds: 'See the family list',
  deviceTitle: 'Data on this device',
  offlineNote: 'This app keeps working without signal. Data goes to the village server when you sync.',
} satisfies Dictionary['home'];
