// zh-CN and en-US: every label comes from the translation files. The choice is kept in
// localStorage; the first visit follows the browser (zh* → zh-CN, anything else → en-US).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import relativeTime from 'dayjs/plugin/relativeTime';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';
import { setApiLanguage } from '../api/client';

dayjs.extend(relativeTime);

import { detectLanguage, LANGUAGES, STORAGE_KEY, type Language } from './detect';

export { LANGUAGES, type Language };

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function apply(lang: Language) {
  setApiLanguage(lang);
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = lang;
}

const initial = detectLanguage(readStored(), navigator.language);
apply(initial);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: initial,
  fallbackLng: 'en-US',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page */
  }
  apply(lang);
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return (i18n.language as Language) ?? initial;
}

export default i18n;
