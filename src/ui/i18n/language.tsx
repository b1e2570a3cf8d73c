// The current UI language: Bahasa Indonesia by default, English on request, kept in
// localStorage so the choice survives reloads and offline starts. useT() gives the
// translate function bound to the current language. The English dictionary is a lazy chunk
// (cached by the service worker like every chunk): until it has arrived, texts show in
// Indonesian, then the screens draw again in English.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { hasDictionary, registerDictionary, translate } from '../../i18n/translate.ts';
import type { Language, MessageKey } from '../../i18n/translate.ts';

const STORAGE_KEY = 'genting.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

type LanguageState = { language: Language; setLanguage: (language: Language) => void; t: Translate };

const LanguageContext = createContext<LanguageState | null>(null);

/** Reads the saved language; anything unknown (or no storage) falls back to Indonesian. */
export function readSavedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
}

/** Loads a language's dictionary once; resolves at once for Indonesian or one already loaded. */
export async function loadLanguage(language: Language): Promise<void> {
  if (hasDictionary(language)) return;
  if (language === 'en') registerDictionary('en', (await import('../../i18n/en.ts')).en);
}

export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguageState] = useState<Language>(() => readSavedLanguage(globalThis.localStorage));
  // Bumped when a dictionary arrives, so `t` (and every screen) is made anew.
  const [loadedCount, setLoadedCount] = useState(0);

  useEffect(() => {
    document.documentElement.lang = language;
    if (hasDictionary(language)) return;
    let cancelled = false;
    loadLanguage(language).then(
      () => !cancelled && setLoadedCount((n) => n + 1),
      () => undefined, // Offline before the chunk was cached: Indonesian stays.
    );
    return () => {
      cancelled = true;
    };
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<LanguageState>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    // loadedCount: a new `t` once the language's dictionary has arrived.
    [language, setLanguage, loadedCount],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

function useLanguageState(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('LanguageProvider is missing above this component');
  return state;
}

/** The translate function for the current language: t('households.title'). */
export function useT(): Translate {
  return useLanguageState().t;
}

export function useLanguage(): [Language, (language: Language) => void] {
  const { language, setLanguage } = useLanguageState();
  return [language, setLanguage];
}
