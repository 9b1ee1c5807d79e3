// English and Spanish. The person's explicit choice wins, then their account, then the browser.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';
import type { Language } from '../types';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export const LANGUAGES: readonly Language[] = ['en', 'es'];
const STORAGE_KEY = 'lantern.language';

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : null;
  } catch {
    return null; // storage blocked (private mode): fall back to the defaults
  }
}

function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function currentLanguage(): Language {
  return i18n.language === 'es' ? 'es' : 'en';
}

/** The person picked a language: use it and remember it on this device. */
export function chooseLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still used for this visit.
  }
  void i18n.changeLanguage(language);
}

/** After sign-in: use the account's language unless the person chose one on this device. */
export function adoptUserLanguage(language: Language): void {
  if (storedLanguage() === null && currentLanguage() !== language) {
    void i18n.changeLanguage(language);
  }
}

i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: storedLanguage() ?? browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
});
document.documentElement.lang = currentLanguage();

export { i18n };
