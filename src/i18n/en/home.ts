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
  openOutreach: 'See all outreach sessions',
  outreachMonth: 'Outreach this month',
  noOutreachThisMonth: 'No outreach session this month yet.',
  openMatching: 'Match targets',
  openPokja: 'Pokja: meetings and follow-ups',
  openChildren: 'Children at risk',
  leadGenre: 'Log GenRe outreach sessions and see the audience every month.',
  leadKoordinator: "Follow sponsors, aid deliveries, Pokja meetings and the village's sync.",
  deviceTitle: 'Data on this device',
  offlineNote: 'This app keeps working without signal. Data goes to the village server when you sync.',
} satisfies Dictionary['home'];
