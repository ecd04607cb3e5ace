export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
export const STORAGE_KEY = 'colo.lang';

/** The stored choice when valid; otherwise the browser's language: zh* → zh-CN, else en-US. */
export function detectLanguage(stored: string | null, browser: string | undefined): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return browser && browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
