// The app shell (English): navigation, status area, update prompt, language.
import type { Dictionary } from '../dictionary.ts';

export const app = {
  name: 'Genting',
  place: 'Kampung KB',
  nav: {
    label: 'Main menu',
    home: 'Home',
    households: 'Families',
    children: 'Children',
    sponsors: 'Sponsors',
    pokja: 'Pokja',
  },
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  update: {
    available: 'New version available',
    detail: 'Save what you are typing first, then reload.',
    reload: 'Reload',
    later: 'Later',
    offlineReady: 'The app is ready to work without signal.',
    dismiss: 'Close',
  },
  status: {
    open: 'Data and sync status',
    close: 'Close status',
    title: 'Device status',
    sync: 'Sync',
    neverSynced: 'Never synced',
    neverSyncedShort: 'Not synced yet',
    lastSynced: 'Last synced {time}',
    syncing: 'Syncing…',
    offline: 'No signal',
    syncError: 'Sync failed',
    pending: 'Not yet sent',
    pendingCount: '{count} changes',
    nothingPending: 'Everything sent',
    rejected: '{count} changes rejected by the server',
    storage: 'Storage',
    storageUse: '{used} used',
    storageUseOf: '{used} of {quota}',
    storageUnknown: 'Unknown',
    persistence: 'Data protection',
    persisted: 'Protected',
    notPersisted: 'Not protected, sync often',
    persistenceUnknown: 'Not known yet',
    online: 'Connected',
  },
  soon: {
    badge: 'Coming soon',
    body: 'This section is being prepared. The family data you record now will be used here straight away.',
    toHouseholds: 'Open family data',
    children: {
      title: 'Children and growth',
      lead: 'Weighing, length and height measurement, and growth charts by the WHO standards.',
    },
    sponsors: {
      title: 'Sponsors (orang tua asuh)',
      lead: 'Sponsors, their pledges of support, and deliveries to families at risk of stunting.',
    },
    pokja: {
      title: 'Kampung KB Pokja',
      lead: 'Pokja members, meetings, attendance lists and follow-up plans.',
    },
  },
  form: {
    required: 'required',
    choose: 'Choose…',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist in the app.',
    home: 'Go to Home',
  },
} satisfies Dictionary['app'];
