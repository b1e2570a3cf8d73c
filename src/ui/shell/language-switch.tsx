// Bahasa Indonesia / English as two segmented buttons (aria-pressed), saved at once.
import { languages } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../i18n/language.tsx';

export function LanguageSwitch() {
  const t = useT();
  const [language, setLanguage] = useLanguage();
  return (
    <div class="segmented" role="group" aria-label={t('app.language.label')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          class="segmented__option"
          aria-pressed={option === language}
          lang={option}
          onClick={() => setLanguage(option)}
        >
          {t(option === 'id' ? 'app.language.id' : 'app.language.en')}
        </button>
      ))}
    </div>
  );
}
