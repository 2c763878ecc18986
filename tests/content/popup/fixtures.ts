// A checklist report like the worker's: the 25 practices with their real detection kinds, and findings.
import type { ChecklistReport, Detection, PracticeInfo, ShownFinding } from '../../../utils/protocol';

/** Practices 17, 19 and 21 need the person's judgement; 4, 5, 7, 14 and 18 are automatic; the rest partial. */
const DETECTION: Record<number, Detection> = { 4: 'auto', 5: 'auto', 7: 'auto', 14: 'auto', 18: 'auto', 17: 'judgement', 19: 'judgement', 21: 'judgement' };
export const JUDGEMENT = [17, 19, 21];

const TITLES: Record<number, { en: string; fr: string }> = {
  5: { en: 'Respect the people you talk to', fr: 'Respecter ses interlocuteurs' },
  7: { en: 'Protect confidential information', fr: 'Protéger la confidentialité' },
  14: { en: "Don't bash competitors", fr: 'Ne pas dénigrer les concurrents' },
  17: { en: 'Know who you are talking to', fr: 'Savoir à qui l’on parle' },
  18: { en: 'Disclose your relationships', fr: 'Afficher ses liens' },
  19: { en: 'Find the qualified person or answer', fr: 'Trouver la bonne personne ou la bonne réponse' },
  21: { en: 'Let qualified spokespeople speak', fr: 'Laisser parler les porte-parole qualifiés' },
};

export function practicesInfo(lang: 'en' | 'fr' = 'en', disabled: number[] = []): PracticeInfo[] {
  return Array.from({ length: 25 }, (_, i) => {
    const number = i + 1;
    return {
      number,
      title: TITLES[number]?.[lang] ?? (lang === 'fr' ? `Pratique ${number}` : `Practice ${number}`),
      statement: lang === 'fr' ? `Énoncé ${number}` : `Statement ${number}`,
      detection: DETECTION[number] ?? 'partial',
      enabled: !disabled.includes(number),
    };
  });
}

export const DRAFT = 'Those idiots at Rivalco will never ship before Project Falcon launches.';

export function finding(practice: number, severity: ShownFinding['severity'], extra: Partial<ShownFinding> = {}): ShownFinding {
  return { practice, rule: `p${practice}/${severity}`, severity, title: TITLES[practice]?.en ?? `Practice ${practice}`, message: `Message ${practice} ${severity}`, ...extra };
}

/** Risks on 7 (codename) and 5 (insult), a warning on 14, a tip on 18. */
export function riskyReport(lang: 'en' | 'fr' = 'en', disabled: number[] = []): ChecklistReport {
  return {
    lang: 'en',
    findings: [
      finding(14, 'warn', { start: 16, end: 23, message: 'Naming a competitor in a jab.', suggestion: 'Talk about what you do well.' }),
      finding(5, 'risk', { start: 6, end: 12, message: 'This word may hurt.', suggestion: 'Criticise the idea, not the person.' }),
      finding(18, 'info', { message: 'Say if you are paid.' }),
      finding(7, 'risk', { start: 47, end: 61, message: 'An internal codename.', suggestion: 'Use the public name.' }),
      finding(5, 'warn', { message: 'The tone is sharp.' }),
    ],
    practices: practicesInfo(lang, disabled),
  };
}

export function cleanReport(lang: 'en' | 'fr' = 'en'): ChecklistReport {
  return { lang: 'en', findings: [], practices: practicesInfo(lang) };
}
