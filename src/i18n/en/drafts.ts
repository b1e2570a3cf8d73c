// Drafts of the forms in English.
import type { Dictionary } from '../dictionary.ts';

export const drafts = {
  offer: 'Continue the unsaved entry?',
  offerHint: 'It is kept on this phone, not sent yet.',
  resume: 'Continue',
  discard: 'Discard',
  leaveTitle: 'Not saved yet',
  leaveText: 'If you leave now, what you typed stays on this phone and you can continue it later.',
  stay: 'Stay here',
  leave: 'Leave',
} satisfies Dictionary['drafts'];
