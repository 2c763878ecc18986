// The interface's words in English and French, and the function that picks them.
import type { Lang } from '../rules/types';
import * as popup from './locales/popup';
import * as options from './locales/options';
import * as sidebar from './locales/sidebar';

/**
 * One catalog per part of the interface (components/locales/*.ts), merged. Each part declares its English
 * strings and types its French ones against them: a missing translation does not compile, and
 * tests/content/i18n.test.ts checks keys and placeholders again at run time.
 */
const en = { ...sidebar.en, ...popup.en, ...options.en };
const fr: Record<keyof typeof en, string> = { ...sidebar.fr, ...popup.fr, ...options.fr };

export type MessageKey = keyof typeof en;
export const catalogs: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** The message in the language, with `{name}` placeholders filled. */
export function t(lang: Lang, key: MessageKey, data?: Record<string, string | number>): string {
  const template = catalogs[lang][key];
  return data ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole)) : template;
}

/** The person's language, from the browser's UI language. */
export function uiLanguage(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The interface language: the person's choice, else the browser's. */
export function chosenLanguage(choice: 'auto' | Lang, browserTag: string | undefined): Lang {
  return choice === 'auto' ? uiLanguage(browserTag) : choice;
}
