// The options's words, in English and French.
import { translator } from '../i18n';
export const en = {
  optionsTitle: 'Tact',
} as const;

export const fr: Record<keyof typeof en, string> = {
  optionsTitle: 'Tact',
};

export const catalog = { en, fr };
export const t = translator(catalog);
export type OptionsKey = keyof typeof en;
