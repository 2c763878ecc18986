// Picking the interface's words in English or French. Each part of the interface has its own catalog
// (components/locales/*.ts): the content script carries only the sidebar's. A catalog declares its English
// strings and types its French ones against them, so a missing translation does not compile;
// tests/content/i18n.test.ts checks every catalog's keys and placeholders again at run time.
import type { Lang } from '../rules/types';

export type Catalog<K extends string> = Record<Lang, Record<K, string>>;
export type Translate<K extends string> = (lang: Lang, key: K, data?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders. */
export function fill(template: string, data?: Record<string, string | number>): string {
  return data ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole)) : template;
}

/** The `t(lang, key, data?)` function of a catalog. */
export function translator<K extends string>(catalog: Catalog<K>): Translate<K> {
  return (lang, key, data) => fill(catalog[lang][key], data);
}

/** The person's language, from the browser's UI language. */
export function uiLanguage(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The interface language: the person's choice, else the browser's. */
export function chosenLanguage(choice: 'auto' | Lang, browserTag: string | undefined): Lang {
  return choice === 'auto' ? uiLanguage(browserTag) : choice;
}
