// Translation without the dictionaries of other languages: t('namespace.key', { name: 'Siti' })
// looks the key up in the current language and fills {name} placeholders, falling back to
// Bahasa Indonesia (always here). English is registered when it is wanted: the app loads it
// lazily (src/ui/i18n/language.tsx), so a phone in Indonesian never downloads it at start;
// src/i18n/index.ts registers it at once for the server, reports and tests.
import type { Dictionary, MessageKey } from './dictionary.ts';
import { id } from './id.ts';

export type { Dictionary, MessageKey } from './dictionary.ts';
export type Language = 'id' | 'en';
export const languages: readonly Language[] = ['id', 'en'];

const loaded: Partial<Record<Language, Dictionary>> = { id };

export function registerDictionary(language: Language, dictionary: Dictionary): void {
  loaded[language] = dictionary;
}

export function hasDictionary(language: Language): boolean {
  return loaded[language] !== undefined;
}

export function isMessageKey(value: string): value is MessageKey {
  return lookup(id, value) !== undefined;
}

function lookup(dict: Dictionary | undefined, key: string): string | undefined {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = lookup(loaded[language], key) ?? lookup(id, key) ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
