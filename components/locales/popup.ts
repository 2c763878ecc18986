// The popup's words, in English and French.
export const en = {
  popupTitle: 'Tact',
} as const;

export const fr: Record<keyof typeof en, string> = {
  popupTitle: 'Tact',
};
