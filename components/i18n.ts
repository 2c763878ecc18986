// The interface's words in English and French. One object per language with the same keys: the type
// makes a missing translation a compile error.
import type { Lang } from '../rules/types';

const en = {
  sidebarLabel: 'Tact: coaching for this draft',
  checking: 'Checking…',
  nothingFound: 'Nothing to flag. {count} practices checked.',
  emptyDraft: 'Start writing: Tact checks your draft against {count} practices as you type.',
  findingsCount: '{count} to review',
  findingCount: '1 to review',
  error: 'Tact could not check this draft: {error}',
  reloadHint: 'Reload the page to start Tact again.',
  profileError: 'Your brand profile has an error, so it was not used: {error}',
  truncated: 'Only the first {count} characters were checked.',
  collapse: 'Collapse Tact',
  expand: 'Open Tact ({count} to review)',
  expandNone: 'Open Tact (nothing to flag)',
  account: 'Writing as',
  personal: 'Personal',
  brand: 'Brand',
  accountHelp: 'Personal: your own account. Brand: the brand’s official account. Remembered for this site.',
  practice: 'Practice {number}',
  severity_risk: 'Risk',
  severity_warn: 'Check',
  severity_info: 'Tip',
  trigger: 'Words',
  why: 'Why',
  instead: 'Instead',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss “{title}” for this draft',
  dismissed: '{count} dismissed for this draft',
  restore: 'Show again',
  gateTitle: 'Post this as it is?',
  gateText: 'Tact found {count} risk in this draft. Review it, or post anyway.',
  gateTextMany: 'Tact found {count} risks in this draft. Review them, or post anyway.',
  review: 'Review',
  postAnyway: 'Post anyway',
  credit: 'After Brian Solis’s rules of social media engagement',
  shortcut: 'Alt+Shift+T from the compose box moves here; Escape goes back.',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  sidebarLabel: 'Tact : conseils pour ce brouillon',
  checking: 'Vérification…',
  nothingFound: 'Rien à signaler. {count} pratiques vérifiées.',
  emptyDraft: 'Écrivez : Tact vérifie votre brouillon au fil de la frappe, selon {count} pratiques.',
  findingsCount: '{count} points à revoir',
  findingCount: '1 point à revoir',
  error: 'Tact n’a pas pu vérifier ce brouillon : {error}',
  reloadHint: 'Rechargez la page pour relancer Tact.',
  profileError: 'Votre profil de marque contient une erreur ; il n’a pas été utilisé : {error}',
  truncated: 'Seuls les {count} premiers caractères ont été vérifiés.',
  collapse: 'Réduire Tact',
  expand: 'Ouvrir Tact ({count} à revoir)',
  expandNone: 'Ouvrir Tact (rien à signaler)',
  account: 'J’écris en tant que',
  personal: 'Perso',
  brand: 'Marque',
  accountHelp: 'Perso : votre propre compte. Marque : le compte officiel de la marque. Mémorisé pour ce site.',
  practice: 'Pratique {number}',
  severity_risk: 'Risque',
  severity_warn: 'À vérifier',
  severity_info: 'Conseil',
  trigger: 'Mots',
  why: 'Pourquoi',
  instead: 'À la place',
  dismiss: 'Ignorer',
  dismissLabel: 'Ignorer « {title} » pour ce brouillon',
  dismissed: '{count} ignoré(s) pour ce brouillon',
  restore: 'Réafficher',
  gateTitle: 'Publier tel quel ?',
  gateText: 'Tact a relevé {count} risque dans ce brouillon. Relisez-le, ou publiez quand même.',
  gateTextMany: 'Tact a relevé {count} risques dans ce brouillon. Relisez-les, ou publiez quand même.',
  review: 'Relire',
  postAnyway: 'Publier quand même',
  credit: 'D’après les règles d’engagement sur les réseaux sociaux de Brian Solis',
  shortcut: 'Alt+Maj+T depuis la zone de saisie mène ici ; Échap y ramène.',
};

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
