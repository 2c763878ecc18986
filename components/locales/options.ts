// The options's words, in English and French.
export const en = {
  optionsTitle: 'Tact',
} as const;

export const fr: Record<keyof typeof en, string> = {
  optionsTitle: 'Tact',
};
