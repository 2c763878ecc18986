// Negative judgement and insults, shared by practices 5 (respect), 14 (competitors) and 23 (heated replies).
import { defineLexicon } from '../text/phrases';

/** Words that run something or someone down. */
export const NEGATIVE_JUDGEMENT = defineLexicon(
  'shared.negative-judgement',
  {
    en: [
      'terrible', 'awful', 'horrible', 'garbage', 'trash', 'rubbish', 'junk', 'crap*', 'suck*', 'pathetic', 'useless',
      'incompetent', 'clown*', 'amateur*', 'joke', 'a joke', 'laughable', 'disaster', 'disastrous', 'dumpster fire',
      'scam*', 'fraud*', 'shady', 'dodgy', 'unreliable', 'outdated', 'ancient', 'stone age', 'dinosaur*', 'broken',
      'worst', 'inferior', 'second-rate', 'third-rate', 'cheap knock-off', 'knock-off', 'ripoff', 'rip-off', 'rip off',
      "don't know what they're doing", "doesn't know what they're doing", 'clueless', 'a mess', 'hot mess', 'lol',
      'go bankrupt', 'going under', 'sinking ship', 'can\'t keep', 'falling apart', 'steer clear', 'stay away from',
      'run away from', 'avoid them', 'dumb', 'stupid', 'idiot*', 'moron*', 'losers', 'lame',
    ],
    fr: [
      'nul', 'nuls', 'nulle', 'nulles', 'pourri*', 'naze*', 'bidon', 'minable*', 'lamentable*', 'catastroph*', 'médiocre*',
      'incompétent*', 'amateur*', 'clown*', 'escroc*', 'arnaque*', 'à la ramasse', 'dépassé*', 'préhistorique*',
      'de mathusalem', 'antédiluvien*', 'passoire*', 'bricolage', 'du bricolage', 'une blague', 'honteu*', 'pitoyable*',
      'ringard*', 'à fuir', 'fuyez', 'évitez', 'la cata', 'merdique*', 'de la merde', 'foireu*', 'bancal*', 'au rabais',
      'ne savent pas ce qu\'ils font', 'savent pas ce qu\'ils font', 'débile*', 'idiot*', 'stupide*', 'largué*', 'moisi*',
      'en faillite', 'couler', 'va couler', 'vont couler', 'truffé de bugs', 'plante tout le temps',
    ],
  },
  { maskable: true },
);

/** Name-calling and crude insults aimed at a person. */
export const INSULTS = defineLexicon(
  'shared.insults',
  {
    en: [
      'idiot*', 'moron*', 'stupid', 'dumb', 'dumbass', 'imbecile*', 'loser*', 'clown*', 'jerk*', 'fool', 'fools', 'genius',
      'get a life', 'shut up', 'stfu', 'screw you', 'f*ck you', 'fuck*', 'shit*', 'bullshit', 'asshole*', 'bitch*',
      'dickhead*', 'twat*', 'pathetic', 'troll', 'clueless', 'snowflake*', 'karen', 'boomer', 'crybaby', 'cry baby',
      'learn to read', 'learn to code', 'nobody asked', 'who asked', 'cope', 'ratio', 'touch grass', 'grow up',
      'your fault', 'head checked', 'needs their head checked', 'brain cells', 'can\'t read',
    ],
    fr: [
      'idiot*', 'imbécile*', 'abruti*', 'crétin*', 'débile*', 'con', 'cons', 'conne*', 'connard*', 'connasse*',
      'pauvre type', 'pauvre con', 'ta gueule', 'ferme-la', 'ferme la', 'boloss*', 'bouffon*', 'guignol*', 'nul',
      'tocard*', 'minable*', 'larbin*', 'clown*', 'va apprendre', 'apprends à lire', 'sale *', 'putain', 'merde',
      'enfoiré*', 'salaud*', 'salope*', 'abruti', 'gros naze', 'naze', 'pov\' type', 'ouin-ouin', 'ouin ouin',
      'mental de', 'ans d\'âge mental', 'âge mental', 'cerveau', 't\'es bête', 'bête comme', 'quel génie',
    ],
  },
  { maskable: true },
);
