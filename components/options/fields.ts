// The profile's fields as the page names them, in both languages.
import type { Lang } from '../../rules/types';
import { t, type OptionsKey } from '../locales/options';
import type { ListField, VoiceField } from './profile-form';

const LIST_WORDS: Record<ListField, [label: OptionsKey, hint: OptionsKey]> = {
  aliases: ['aliases', 'aliasesHint'],
  competitors: ['competitors', 'competitorsHint'],
  codenames: ['codenames', 'codenamesHint'],
  restrictedTopics: ['restrictedTopics', 'restrictedTopicsHint'],
  topics: ['topics', 'topicsHint'],
  bannedTerms: ['bannedTerms', 'bannedTermsHint'],
};

export const listLabel = (lang: Lang, field: ListField) => t(lang, LIST_WORDS[field][0]);
export const listHint = (lang: Lang, field: ListField) => t(lang, LIST_WORDS[field][1]);

const VOICE_LABELS: Record<VoiceField, OptionsKey> = { formality: 'formality', emoji: 'emoji', person: 'person' };
export const voiceLabel = (lang: Lang, field: VoiceField) => t(lang, VOICE_LABELS[field]);

const CHOICE_LABELS: Record<string, OptionsKey> = {
  formal: 'formal',
  neutral: 'neutral',
  friendly: 'friendly',
  never: 'emojiNever',
  sparingly: 'emojiSparingly',
  ok: 'emojiOk',
  we: 'personWe',
  i: 'personI',
};
export function choiceLabel(lang: Lang, value: string): string {
  const key = CHOICE_LABELS[value];
  return key ? t(lang, key) : value;
}
