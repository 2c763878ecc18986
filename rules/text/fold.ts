// Folding: the comparison form of a word, so that case, accents, ligatures, stretched letters and
// leetspeak do not hide a match ("C0NFIDENTIEL", "stuuupid", "Ingénieur" all compare as plain letters).

const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const APOSTROPHES = /[\u2019\u02bc\u2018`´]/g;

/** Lower case, no accents, no ligatures, one kind of apostrophe. */
export function fold(word: string): string {
  let out = word.toLowerCase();
  // Fast path: plain ASCII needs nothing more than lower case.
  if (!/[^\x00-\x7f]|`/.test(out)) return out;
  out = out.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'");
  if (/[œæßﬁﬂ]/.test(out)) out = out.replace(/[œæßﬁﬂ]/g, (c) => LIGATURES[c] ?? c);
  return out;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/**
 * Leetspeak decoded ("c0nfidentiel" → "confidentiel", "1d10t" → "idiot"), or null when the word is not
 * leetspeak. Only words mixing letters and digits qualify, so "2024" or "4G" stay as they are.
 */
export function unleet(folded: string): string | null {
  let letters = 0;
  let leet = 0;
  for (const ch of folded) {
    if (ch >= 'a' && ch <= 'z') letters++;
    else if (ch in LEET) leet++;
  }
  if (leet === 0 || letters < 2 || letters + leet < 4) return null;
  let out = '';
  for (const ch of folded) out += LEET[ch] ?? ch;
  return out;
}

/** Letters stretched for emphasis ("stuuupid", "nuuuul") brought back to one, or null if there is no stretch. */
export function unstretch(folded: string): string | null {
  let stretched = false;
  for (let i = 2; i < folded.length && !stretched; i++) {
    stretched = folded[i] === folded[i - 1] && folded[i] === folded[i - 2];
  }
  if (!stretched) return null;
  // Keep one letter of every run of three or more; doubles elsewhere stay ("coool" → "col" is a harmless extra form).
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    const inRun = (folded[i - 1] === ch && (folded[i + 1] === ch || folded[i - 2] === ch));
    if (!inRun) out += ch;
  }
  return out;
}
