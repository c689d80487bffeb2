import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from '@/locales/en.json';
import zhCN from '@/locales/zh-CN.json';
import { setLanguageSource } from '@/lib/api-client';
import type { Locale } from '@/types/api';

export const LANGUAGES: readonly Locale[] = ['en', 'zh-CN'];
export const LANGUAGE_STORAGE_KEY = 'postgate.language';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose earlier on this browser, if any. */
export function storedLanguage(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function browserLanguage(): Locale {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Switches the UI language and remembers the choice on this browser. */
export async function changeLanguage(language: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage may be unavailable (private mode); the switch still applies to this page
  }
  await i18n.changeLanguage(language);
}

function followDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

i18n.on('languageChanged', followDocumentLanguage);

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    'zh-CN': { translation: zhCN },
  },
  lng: storedLanguage() ?? browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

followDocumentLanguage(i18n.language);
setLanguageSource(() => i18n.language);

export default i18n;
