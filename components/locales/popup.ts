// The popup's words, in English and French.
import { translator } from '../i18n';
export const en = {
  popupTitle: 'Tact',
} as const;

export const fr: Record<keyof typeof en, string> = {
  popupTitle: 'Tact',
};

export const catalog = { en, fr };
export const t = translator(catalog);
export type PopupKey = keyof typeof en;
