// Translation: t('namespace.key', { name: 'Siti' }) looks the key up in the current
// language and fills {name} placeholders. Pure: the UI keeps the current language in state.
import type { Dictionary, MessageKey } from './dictionary.ts';
import { en } from './en.ts';
import { id } from './id.ts';

export type { Dictionary, MessageKey } from './dictionary.ts';
export type Language = 'id' | 'en';
export const languages: readonly Language[] = ['id', 'en'];
export const dictionaries: Record<Language, Dictionary> = { id, en };

export function isMessageKey(value: string): value is MessageKey {
  return lookup(id, value) !== undefined;
}

function lookup(dict: Dictionary, key: string): string | undefined {
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
  const text = lookup(dictionaries[language], key) ?? lookup(id, key) ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
