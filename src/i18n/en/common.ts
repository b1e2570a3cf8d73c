import type { common as id } from '../id/common.ts';

export const common = {
  appName: 'Genting',
  appTagline: 'Foster Parents Movement to Prevent Stunting',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  back: 'Back',
  add: 'Add',
  search: 'Search',
  yes: 'Yes',
  no: 'No',
  loading: 'Loading…',
  optional: 'optional',
} satisfies Record<keyof typeof id, string>;
