// Translation with every dictionary registered at once (the server, reports, tests). The app
// imports ./translate.ts instead and loads English only when it is chosen.
import type { Dictionary } from './dictionary.ts';
import { en } from './en.ts';
import { id } from './id.ts';
import { registerDictionary } from './translate.ts';
import type { Language } from './translate.ts';

export type { Dictionary, MessageKey, Language } from './translate.ts';
export { hasDictionary, isMessageKey, languages, registerDictionary, translate } from './translate.ts';

registerDictionary('en', en);
export const dictionaries: Record<Language, Dictionary> = { id, en };
