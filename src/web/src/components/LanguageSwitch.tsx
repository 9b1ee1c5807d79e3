// English / Español, on every page. Each button names its language in that language.
import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../i18n';

const NAMES = { en: 'English', es: 'Español' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="link-button"
          aria-pressed={i18n.language === language}
          onClick={() => {
            chooseLanguage(language);
          }}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
