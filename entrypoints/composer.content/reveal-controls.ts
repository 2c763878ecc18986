/**
 * Bidirectional overrides and isolates quoted from a draft would reverse the rest of a sidebar line (a
 * spoofing trick): they are shown as visible marks instead, which also tells the person they are there.
 */
export const revealControls = (text: string): string =>
  text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
