// Personal data and secrets as they show up in drafts: phone numbers (French, British, international),
// street addresses and postcodes, credentials and API keys, internal hosts and ticket references.
// Shared by practice 7 (confidentiality) and usable by practice 20 (oversharing). Every scanner makes one
// pass over the text or its tokens; regular expressions only ever run on one bounded, whitespace-free chunk.
import type { Token } from '../text/tokenize';
import { defineLexicon } from '../text/phrases';

export type DataKind = 'phone' | 'card' | 'address' | 'postcode' | 'secret' | 'host' | 'ticket' | 'access-code' | 'email';

export interface DataSpan {
  kind: DataKind;
  start: number;
  end: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\t';
const WORDISH = /[\p{L}\p{N}_]/u;

/**
 * Phone numbers: French (06 71 22 45 90, 06.71.22.45.90, +33 6 71 22 45 90), British (07700 900412,
 * +44 7700 900412, 020 7946 0018), American ((555) 123-4567) and other international (+ and 10-13 digits).
 * Service numbers (08xx, UK 03xx) are left out: they are meant to be public. Card-like runs of 13-19 digits
 * in groups of four are reported as `card`.
 */
export function findPhones(text: string): DataSpan[] {
  const out: DataSpan[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (!(c === '+' || c === '(' || isDigit(c))) continue;
    if (i > 0 && (WORDISH.test(text[i - 1]!) || text[i - 1] === '+' || text[i - 1] === '/' || text[i - 1] === '-' || text[i - 1] === '.')) continue;
    let j = i;
    const plus = text[j] === '+';
    if (plus) j++;
    let digits = '';
    let lastWasSep = true;
    let paren = false;
    const groups: number[] = [];
    let group = 0;
    let lastDigitEnd = -1;
    while (j < n && j - i < 26) {
      const d = text[j]!;
      if (isDigit(d)) {
        digits += d;
        group++;
        j++;
        lastWasSep = false;
        lastDigitEnd = j;
        continue;
      }
      if ((isSpace(d) || d === '.' || d === '-') && !lastWasSep && (isDigit(text[j + 1]) || text[j + 1] === '(')) {
        if (group) groups.push(group);
        group = 0;
        j++;
        lastWasSep = true;
        continue;
      }
      if (d === '(' || d === ')') {
        if (d === '(') paren = true;
        if (group) groups.push(group);
        group = 0;
        j++;
        continue;
      }
      break;
    }
    if (group) groups.push(group);
    if (lastDigitEnd < 0) continue;
    const end = lastDigitEnd;
    // A phone number is not glued to letters ("12345abc") nor followed by more digits.
    if (end < n && (WORDISH.test(text[end]!) || (text[end] === ',' && isDigit(text[end + 1])))) {
      i = end;
      continue;
    }
    const kind = classifyNumber(digits, plus, paren, groups, text[i] === '(');
    if (kind) out.push({ kind, start: text[i] === '(' && kind !== 'phone' ? i + 1 : i, end });
    i = Math.max(i, end - 1);
  }
  return out;
}

function classifyNumber(d: string, plus: boolean, paren: boolean, groups: number[], openParen: boolean): DataKind | null {
  const len = d.length;
  if (!plus && groups.length >= 4 && len >= 13 && len <= 19 && groups.slice(0, -1).every((g) => g === 4)) return 'card';
  if (plus) {
    if (len < 10 || len > 13) return null;
    if ((d.startsWith('33') || d.startsWith('44')) && d[2] === '8') return null;
    return 'phone';
  }
  if (d.startsWith('00') && len >= 12 && len <= 14) return 'phone';
  if (d[0] === '0') {
    // French: 0X XX XX XX XX, never 08 (service numbers).
    if (len === 10 && d[1] !== '0' && d[1] !== '8' && (groups.length === 1 || groups.length >= 4)) return 'phone';
    // British: 07xxx xxxxxx, 01/02 landlines; 03 and 08 are service numbers.
    if (len === 11 && (d[1] === '7' || d[1] === '1' || d[1] === '2') && groups.length <= 4) return 'phone';
    return null;
  }
  // American: (555) 123-4567 or 555-123-4567.
  if (len === 10 && d[0] !== '1' && ((paren && openParen) || (groups.length === 3 && groups[0] === 3 && groups[1] === 3 && groups[2] === 4))) return 'phone';
  return null;
}

const FR_STREET = new Set(['rue', 'avenue', 'av', 'bd', 'boulevard', 'allee', 'impasse', 'chemin', 'place', 'quai', 'route', 'cours', 'square', 'passage', 'residence', 'lotissement', 'hameau', 'cite', 'villa', 'sentier', 'faubourg', 'fg']);
const EN_STREET = new Set(['road', 'rd', 'street', 'st', 'lane', 'ln', 'avenue', 'ave', 'close', 'drive', 'way', 'crescent', 'court', 'ct', 'gardens', 'terrace', 'place', 'grove', 'square', 'hill', 'row', 'mews', 'boulevard', 'blvd', 'parade', 'walk', 'park']);
const FR_LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', "l'", 'les', 'saint', 'st', 'ste', 'sainte']);
const isCapitalised = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.raw);

/**
 * Street addresses ("8 rue des Tanneurs", "14 Cowley Road", "221B Baker Street") and postcodes
 * ("69002 Lyon", "OX4 1HP"), from the tokens.
 */
export function findAddresses(tokens: readonly Token[]): DataSpan[] {
  const out: DataSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const raw = t.raw;
    const c0 = raw.charCodeAt(0);
    const digit = c0 >= 48 && c0 <= 57;
    if (!digit && !(c0 >= 65 && c0 <= 90)) continue;
    // French postcode followed by a town.
    if (digit && raw.length === 5 && /^\d{5}$/.test(raw) && isCapitalised(tokens[i + 1])) {
      out.push({ kind: 'postcode', start: t.start, end: tokens[i + 1]!.end });
      continue;
    }
    // British postcode: outward + inward code.
    if (!digit && raw.length <= 4 && /^[A-Z]{1,2}\d[A-Z\d]?$/.test(raw)) {
      const next = tokens[i + 1];
      if (next && next.kind === 'word' && /^\d[A-Z]{2}$/.test(next.raw)) {
        out.push({ kind: 'postcode', start: t.start, end: next.end });
        i++;
        continue;
      }
    }
    if (!digit || raw.length > 5 || !/^\d{1,4}[A-Za-z]?$/.test(raw)) continue;
    // French: number, optional bis/ter and comma, street type, then a name with a capital.
    let k = i + 1;
    const bis = tokens[k];
    if (bis && bis.kind === 'word' && /^(bis|ter|b)$/i.test(bis.raw)) k++;
    if (tokens[k]?.kind === 'punct' && tokens[k]!.raw === ',') k++;
    const type = tokens[k];
    if (type && type.kind === 'word' && FR_STREET.has(type.forms[0]!.replace(/\.$/, ''))) {
      let m = k + 1;
      while (m < tokens.length && m <= k + 3 && tokens[m]!.kind === 'word' && FR_LINKS.has(tokens[m]!.forms[0]!)) m++;
      if (isCapitalised(tokens[m]) && !/^\d/.test(tokens[m]!.raw)) {
        out.push({ kind: 'address', start: t.start, end: tokens[m]!.end });
        i = m;
        continue;
      }
    }
    // English: number, one to three capitalised words, street suffix.
    let m = i + 1;
    while (m < tokens.length && m <= i + 3 && isCapitalised(tokens[m]) && !EN_STREET.has(tokens[m]!.forms[0]!)) m++;
    if (m > i + 1 && isCapitalised(tokens[m]) && EN_STREET.has(tokens[m]!.forms[0]!)) {
      out.push({ kind: 'address', start: t.start, end: tokens[m]!.end });
      i = m;
    }
  }
  return out;
}

/** Words that introduce a credential; the chunk after them is checked for a secret-looking value. */
export const CREDENTIAL_WORDS = defineLexicon('data.credential-words', {
  en: ['password', 'passwd', 'pwd', 'pw', 'pass', 'passcode', 'api key', 'api_key', 'apikey', 'access key', 'secret key', 'private key', 'token', 'access token', 'auth token', 'bearer', 'secret', 'pin', 'pin code', 'door code', 'gate code', 'entry code', 'alarm code', 'lockbox code', 'key safe code', 'wifi password', 'wi-fi password', 'wifi code', 'creds', 'credentials', 'login and password', 'user and password', 'username and password'],
  fr: ['mot de passe', 'mdp', 'mot de pass', 'clé api', "clé d'api", 'clé secrète', 'jeton', 'code pin', 'code secret', 'digicode', 'code portail', 'code du portail', "code d'entrée", 'code de la porte', "code de l'immeuble", 'code alarme', "code d'alarme", "code de l'alarme", 'code wifi', 'code wi-fi', 'mot de passe wifi', 'code boîte à clés', 'code de la boîte à clés', 'identifiants', 'les identifiants', 'login et mot de passe', 'les accès', 'accès admin'],
});

/** Codes that are a number by nature: a PIN or door code made of digits only is still a secret. */
const NUMERIC_CODE_WORDS = /^(pin|code|digicode|passcode|mdp|password|pwd|pass|alarme|alarm|portail|porte|entree|immeuble|cles|keysafe)$/;

const SEPARATORS = new Set([':', '=', '-', '–', '→', '=>', '->', 'is', 'est', "c'est", 'was', ':)', 'it\'s', 'its', 'cest', "c’est", 'sera', 'will', 'be']);

/** Next whitespace-delimited chunk at or after `pos`: [start, end), or null. Bounded to 200 characters. */
function nextChunk(text: string, pos: number): [number, number] | null {
  let s = pos;
  while (s < text.length && (isSpace(text[s]) || text[s] === '\n')) s++;
  if (s >= text.length) return null;
  let e = s;
  while (e < text.length && e - s < 200 && !isSpace(text[e]) && text[e] !== '\n') e++;
  return [s, e];
}

/** Whether a value (one chunk, punctuation stripped) looks like a password, key or code. */
export function looksSecret(value: string, numericOk: boolean): boolean {
  if (value.length < 4 || value.length > 120) return false;
  if (/^https?:|^www\./i.test(value) || value.includes('@') && /\.\w{2,}$/.test(value)) return false;
  const letters = /\p{L}/u.test(value);
  const digits = /\d/.test(value);
  if (!letters) return numericOk && /^\d{4,10}[A-Za-z]?$/.test(value);
  if (digits && /^[\p{L}\d!#$%&*+=?^_~.\-]+$/u.test(value)) {
    // "2FA", "4G", "v2", "x10" are not passwords; a secret mixes at least 4 characters.
    return value.length >= 5 || /\d[A-Za-z]$/.test(value) && numericOk;
  }
  if (/[!#$%&*+=?^_~]/.test(value.slice(0, -1)) && value.length >= 6) return true;
  // Mixed case inside the word ("hUnter2", "sEcReT"), not just a capital first letter.
  return value.length >= 8 && /\p{Ll}/u.test(value) && /\p{Lu}/u.test(value.slice(1));
}

const KEY_SHAPES: RegExp[] = [
  /^(?:AKIA|ASIA)[0-9A-Z]{16}$/,
  /^[sr]k_(?:live|test)_[0-9A-Za-z]{10,99}$/,
  /^(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,99}$/,
  /^github_pat_[A-Za-z0-9_]{20,120}$/,
  /^xox[abprs]-[A-Za-z0-9-]{10,120}$/,
  /^AIza[0-9A-Za-z_-]{30,60}$/,
  /^eyJ[A-Za-z0-9_-]{10,200}\.[A-Za-z0-9_-]{10,400}/,
  /^glpat-[A-Za-z0-9_-]{16,40}$/,
  /^(?:sk|pk)-[A-Za-z0-9_-]{20,120}$/,
  /^SG\.[A-Za-z0-9_-]{16,40}\.[A-Za-z0-9_-]{16,60}$/,
];
const ASSIGNMENT = /^["']?[A-Za-z0-9_.-]{0,30}?(?:password|passwd|pwd|pass|mdp|motdepasse|api[_-]?key|apikey|secret|token|key|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key)["']?\s{0,2}[:=]\s{0,2}["']?([^"'\s]{4,120})/i;
const TRIM = /^[("'«“[{<]+|[)"'»”\]}>.,;:!?]+$/g;

/**
 * Credentials in the raw text: known API-key shapes (AKIA…, sk_live_…, ghp_…, xoxb-…, JWTs), assignments
 * (password=…, api_key: …), "-----BEGIN … PRIVATE KEY", and the chunk following a credential word
 * (from `credentialHits`, offsets of CREDENTIAL_WORDS hits) when it looks like a secret.
 */
export function findSecrets(text: string, credentialHits: ReadonlyArray<{ start: number; end: number; word: string }>): DataSpan[] {
  const out: DataSpan[] = [];
  const seen = new Set<number>();
  const push = (s: DataSpan) => {
    if (seen.has(s.start)) return;
    seen.add(s.start);
    out.push(s);
  };
  // 1. Every chunk of the text, checked against key shapes.
  let pos = 0;
  let chunks = 0;
  while (pos < text.length && chunks < 20000) {
    const c = nextChunk(text, pos);
    if (!c) break;
    chunks++;
    const [s, e] = c;
    pos = e;
    if (e - s < 8) continue;
    const raw = text.slice(s, e);
    // Most words are short and plain: only long chunks or assignments can hold a key.
    if (e - s < 16 && !raw.includes('=') && !raw.includes(':') && !raw.startsWith('-----')) continue;
    if (raw.startsWith('-----BEGIN') || (raw === 'PRIVATE' && text.slice(e, e + 5) === ' KEY-')) {
      push({ kind: 'secret', start: s, end: e });
      continue;
    }
    const assign = raw.includes('=') || raw.includes(':') ? ASSIGNMENT.exec(raw) : null;
    if (assign && looksSecret(assign[1]!.replace(TRIM, ''), true)) {
      push({ kind: 'secret', start: s, end: e });
      continue;
    }
    const value = raw.replace(TRIM, '');
    const lead = raw.indexOf(value);
    if (value.length >= 16 && KEY_SHAPES.some((re) => re.test(value))) {
      push({ kind: 'secret', start: s + lead, end: s + lead + value.length });
      continue;
    }
    // "STRIPE_KEY=sk_live_…", "token:ghp_…": the key after an assignment.
    const eq = value.search(/[=:]/);
    if (eq > 0 && eq < value.length - 16) {
      const rhs = value.slice(eq + 1).replace(TRIM, '');
      if (KEY_SHAPES.some((re) => re.test(rhs))) {
        push({ kind: 'secret', start: s + lead, end: s + lead + value.length });
        continue;
      }
    }
    // A long random-looking token: letters of both cases and digits, no dots or slashes.
    if (value.length >= 24 && value.length <= 120 && /^[A-Za-z0-9_-]+$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value)) {
      let runs = 0;
      for (let k = 1; k < value.length; k++) if (/[A-Z]/.test(value[k]!) !== /[A-Z]/.test(value[k - 1]!)) runs++;
      if (runs >= 6) push({ kind: 'secret', start: s + lead, end: s + lead + value.length });
    }
  }
  // 2. The value after a credential word: "mdp Brisa2024!", "code portail 4512B", "password: hunter22",
  // « le code de la boîte à clés de l'agence c'est 4417 ». Up to four chunks on, within the sentence.
  for (const hit of credentialHits) {
    let at = hit.end;
    const numericOk = NUMERIC_CODE_WORDS.test(hit.word.split(/\s+/).pop() ?? '') || /code|pin|digicode/.test(hit.word);
    let adjacent = true;
    for (let step = 0; step < 7; step++) {
      const c = nextChunk(text, at);
      if (!c) break;
      at = c[1];
      const raw = text.slice(c[0], c[1]);
      const bare = raw.replace(TRIM, '').replace(/(?<=\d)[#*]$/, '');
      if (bare === '' || SEPARATORS.has(bare.toLowerCase())) {
        adjacent = true;
        continue;
      }
      const digitsOnly = /^\d+[A-Za-z]?$/.test(bare);
      const year = /^(19|20)\d\d$/.test(bare);
      if (!year && looksSecret(bare, numericOk && adjacent) && (!digitsOnly || adjacent)) {
        const lead = raw.indexOf(bare);
        push({ kind: hit.word.includes('code') || hit.word.includes('pin') || hit.word === 'digicode' ? 'access-code' : 'secret', start: hit.start, end: c[0] + lead + bare.length });
        break;
      }
      if (/[.!?]$/.test(raw) && !/\.\w/.test(raw)) break;
      adjacent = false;
    }
  }
  return out;
}

const INTERNAL_LABELS = new Set(['intranet', 'intra', 'internal', 'interne', 'corp', 'local', 'lan', 'staging', 'preprod', 'jira', 'confluence', 'backoffice', 'admin', 'vpn', 'sso']);
const INTERNAL_TLDS = new Set(['corp', 'internal', 'local', 'lan', 'intra', 'intranet', 'localdomain', 'home']);

/** Whether a URL or e-mail domain is an internal host: *.corp, *.internal, intranet.*, jira.*, brand-internal.fr, private IPs. */
export function isInternalHost(urlOrEmail: string): boolean {
  let host = urlOrEmail.toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0 && !host.startsWith('http')) host = host.slice(at + 1);
  host = host.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  const cut = host.search(/[/:?#]/);
  if (cut >= 0) host = host.slice(0, cut);
  if (/^(?:10|127)\.\d{1,3}\.\d{1,3}\.\d{1,3}$|^192\.168\.\d{1,3}\.\d{1,3}$|^172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (INTERNAL_TLDS.has(labels[labels.length - 1]!)) return true;
  for (const label of labels.slice(0, -1)) {
    if (INTERNAL_LABELS.has(label)) return true;
    for (const part of label.split('-')) if (part === 'internal' || part === 'intranet' || part === 'interne' || part === 'intra' || part === 'corp') return true;
  }
  return false;
}

/** Ticket prefixes that are not tickets: norms, diseases, models, ciphers and standards ("AES-256", "RFC-2119"). */
const NOT_TICKETS = new Set(['AES', 'SHA', 'RSA', 'ECC', 'ECDSA', 'ECDH', 'DES', 'TLS', 'SSL', 'HMAC', 'MD', 'PBKDF', 'ARGON', 'CHACHA', 'WPA', 'RFC', 'CVE', 'CWE', 'FIPS', 'SOC', 'PCI', 'IEC', 'NIST', 'ANSI', 'IEEE', 'DIN', 'BS', 'RAID', 'PCIE', 'DVB', 'MPEG', 'AVC', 'HEVC', 'COVID', 'SARS', 'ISO', 'EN', 'NF', 'UTF', 'MP', 'CO', 'PM', 'AM', 'GDPR', 'RGPD', 'IP', 'IPX', 'USB', 'HDMI', 'PS', 'COP', 'TGV', 'RER', 'TER', 'UK', 'EU', 'US', 'FR', 'CE', 'CV', 'NO', 'ID', 'TVA', 'VAT', 'RTX', 'GTX', 'DDR', 'LTE', 'GPT', 'MK', 'CX', 'RS', 'GT', 'XR', 'SE', 'UV', 'PM', 'PV', 'N', 'A', 'B', 'D', 'E', 'F', 'G', 'H', 'M', 'S', 'T', 'V', 'X', 'Y', 'Z', 'K', 'L', 'P', 'R', 'W', 'Q']);

/** Ticket references ("PLAT-4412", "JIRA-123", "SUP-20931"): capitals, dash, three digits or more. */
export function findTickets(text: string): DataSpan[] {
  const out: DataSpan[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    if (i > 0) {
      const p = text.charCodeAt(i - 1);
      if ((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || p === 95 || (p > 127 && WORDISH.test(text[i - 1]!))) continue;
    }
    let j = i;
    while (j < n && j - i < 12 && ((text.charCodeAt(j) >= 65 && text.charCodeAt(j) <= 90) || (j > i && isDigit(text[j])))) j++;
    if (text[j] !== '-' || j - i < 2 || j - i > 10) {
      i = j;
      continue;
    }
    let k = j + 1;
    while (k < n && k - j <= 7 && isDigit(text[k])) k++;
    const digits = k - j - 1;
    const prefix = text.slice(i, j);
    if (digits >= 3 && digits <= 6 && (k >= n || !WORDISH.test(text[k]!)) && !NOT_TICKETS.has(prefix) && /[A-Z]{2}/.test(prefix)) {
      out.push({ kind: 'ticket', start: i, end: k });
    }
    i = k;
  }
  return out;
}

/** Local parts of role addresses a brand publishes on purpose (support@, contact@…). */
export const ROLE_MAILBOXES = new Set(['support', 'contact', 'hello', 'hi', 'bonjour', 'info', 'infos', 'press', 'presse', 'media', 'medias', 'sav', 'service', 'serviceclient', 'service-client', 'help', 'aide', 'jobs', 'careers', 'recrutement', 'rh', 'privacy', 'dpo', 'rgpd', 'gdpr', 'team', 'equipe', 'sales', 'ventes', 'partners', 'partenaires', 'partenariats', 'partnerships', 'legal', 'juridique', 'abuse', 'security', 'securite', 'noreply', 'no-reply', 'newsletter', 'feedback', 'commandes', 'orders', 'billing', 'facturation', 'compta', 'ateliers', 'atelier', 'reservation', 'reservations', 'booking', 'bookings', 'events', 'evenements', 'communication', 'marketing', 'webmaster', 'admin', 'office', 'accueil', 'boutique', 'shop', 'store', 'magasin', 'pro', 'b2b', 'entreprises', 'business', 'investors', 'investisseurs', 'ir']);

/** Attachments described in square brackets: "[screenshot of the customer's DM]", « [capture de son e-mail] ». */
export interface Attachment {
  start: number;
  end: number;
  /** The description, lower-cased, without the brackets. */
  text: string;
}

/** Square-bracketed descriptions, at most 300 characters each. One pass. */
export function findAttachments(text: string): Attachment[] {
  const out: Attachment[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') open = i;
    else if (c === ']' && open >= 0) {
      if (i - open > 2) out.push({ start: open, end: i + 1, text: text.slice(open + 1, i).toLowerCase() });
      open = -1;
    } else if (open >= 0 && i - open > 300) open = -1;
  }
  return out;
}

/** Quoted words: « … », “ … ”, "…", '…' (an apostrophe inside a word never opens a quote). At most 400 characters. */
export function findQuotes(text: string): Array<{ start: number; end: number; words: number }> {
  const out: Array<{ start: number; end: number; words: number }> = [];
  // One pass: per kind of quote, a queue of openers still waiting for their closer (each pushed and dropped once).
  const kinds: Record<string, { open: string; close: string; queue: number[]; head: number; breaksAtNewline: boolean }> = {
    guillemets: { open: '«', close: '»', queue: [], head: 0, breaksAtNewline: false },
    curly: { open: '“', close: '”', queue: [], head: 0, breaksAtNewline: false },
    double: { open: '"', close: '"', queue: [], head: 0, breaksAtNewline: true },
    single: { open: "'", close: "'", queue: [], head: 0, breaksAtNewline: true },
    curlySingle: { open: '‘', close: '’', queue: [], head: 0, breaksAtNewline: true },
  };
  const list = Object.values(kinds);
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let lastNewline = -1;
  const n = text.length;
  for (let j = 0; j < n; j++) {
    const code = text.charCodeAt(j);
    // Fast path: only quote characters and line breaks matter.
    if (code !== 10 && code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201d)) continue;
    const c = text[j]!;
    if (c === '\n') {
      lastNewline = j;
      continue;
    }
    for (const k of list) {
      if (c !== k.open && c !== k.close) continue;
      while (k.head < k.queue.length && (j - k.queue[k.head]! > 400 || (k.breaksAtNewline && k.queue[k.head]! < lastNewline))) k.head++;
      const symmetric = k.open === k.close;
      const canClose = c === k.close && (k.close !== "'" && k.close !== '’' || !letter(text[j + 1]));
      if (canClose && k.head < k.queue.length) {
        const i = k.queue[k.head]!;
        const inner = text.slice(i + 1, j).trim();
        const words = inner ? inner.split(/\s+/).length : 0;
        if (words >= 2) out.push({ start: i, end: j + 1, words });
        k.queue.length = 0;
        k.head = 0;
        continue;
      }
      const canOpen = c === k.open && !(symmetric || k.open === '‘' ? letter(text[j - 1]) : false);
      if (canOpen) k.queue.push(j);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
