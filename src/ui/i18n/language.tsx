// The current UI language: Bahasa Indonesia by default, English on request, kept in
// localStorage so the choice survives reloads and offline starts. useT() gives the
// translate function bound to the current language.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { translate } from '../../i18n/index.ts';
import type { Language, MessageKey } from '../../i18n/index.ts';

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

export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguageState] = useState<Language>(() => readSavedLanguage(globalThis.localStorage));

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<LanguageState>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
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
