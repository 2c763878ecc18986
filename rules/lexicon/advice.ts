// Advice that is not a brand's to give (medical, legal, financial), the questions that call for it, the
// ways of declining it, and guessing where a checked answer is needed. Used by practices 11 (know the
// limits) and 19 (find the right answer).
import { defineLexicon } from '../text/phrases';

/** Medicines, doses and treatments named in a draft. */
export const MEDICAL_TREATMENT = defineLexicon('shared.advice.medical-treatment', {
  en: [
    'ibuprofen', 'paracetamol', 'acetaminophen', 'aspirin', 'advil', 'nurofen', 'tylenol', 'codeine', 'tramadol', 'antibiotic*',
    'painkiller*', 'pain killer*', 'anti-inflammator*', 'antihistamine*', 'melatonin', 'sleeping pill*', 'pills',
    'medication', 'medicine', 'dose', 'dosage', 'times a day', 'mg', 'ice it', 'ice pack', 'heat pack',
    'through the pain', 'walk it off', 'run it off', 'supplement*', 'cbd', 'muscle relaxant*',
  ],
  fr: [
    'ibuprofène', 'paracétamol', 'doliprane', 'dafalgan', 'efferalgan', 'aspirine', 'advil', 'nurofen', 'spasfon', 'codéine',
    'tramadol', 'antibiotique*', 'antidouleur*', 'anti-douleur*', 'anti-inflammatoire*', 'antihistaminique*', 'mélatonine',
    'somnifère*', 'cachet*', 'comprimé*', 'gélule*', 'médicament*', 'dose', 'posologie', 'fois par jour', 'par jour pendant',
    'malgré la douleur', 'pommade', 'anti-inflammatoire', 'complément* alimentaire*', 'cbd', 'myorelaxant*',
  ],
});

/** Reassurance about a symptom ("totally normal", « ça va passer »): advice when the question is medical. */
export const MEDICAL_REASSURANCE = defineLexicon('shared.advice.medical-reassurance', {
  en: [
    'totally normal', 'perfectly normal', 'completely normal', 'quite normal', 'nothing to worry about', "it'll settle", 'it will settle',
    "it'll pass", 'it will pass', "it'll go away", 'it will go away', 'keep riding', 'keep cycling', 'keep going', 'push through',
    'no need to see a doctor', "don't need a doctor", 'nothing serious', "you'll be fine", 'you will be fine',
  ],
  fr: [
    'tout à fait normal', 'complètement normal', 'parfaitement normal', "c'est normal", 'rien de grave', 'ça va passer', 'ça passera',
    'ça ira mieux', 'ça va aller mieux', 'continuez à rouler', 'continuez de rouler', 'continuez à pédaler', 'pas besoin de médecin',
    "pas besoin d'aller voir", 'pas la peine de consulter', 'rien de méchant',
  ],
});

/** A legal verdict or a legal step suggested to someone. */
export const LEGAL_ADVICE = defineLexicon('shared.advice.legal', {
  en: [
    'has no right', 'have no right', "doesn't have the right", "don't have the right", "isn't allowed to", "can't legally",
    'is illegal', "it's illegal", 'totally illegal', 'is unlawful', 'breach of contract', 'sue him', 'sue her', 'sue them', 'take him to court',
    'take her to court', 'take them to court', 'small claims', 'withhold rent', 'withhold the rent', 'stop paying rent', 'stop paying your rent',
    "you're within your rights", 'you are within your rights', "you're entitled to", 'you are entitled to', 'the law says',
    'by law they', 'legally they', 'legally he', 'legally she', 'void the contract', 'the contract is void', 'break the lease',
    'send a formal notice', 'letter before action',
  ],
  fr: [
    "n'a pas le droit", "n'ont pas le droit", 'a pas le droit', "n'a absolument pas le droit", "il n'a aucun droit", 'aucun droit de',
    "c'est illégal", 'est illégal', 'totalement illégal', 'mettez-le en demeure', 'mettez-la en demeure', 'mettez-les en demeure',
    'mise en demeure', 'en demeure', 'retenez une partie', 'retenez le loyer', 'ne payez plus', 'arrêtez de payer', 'suspendez le loyer',
    'attaquez-le', 'attaquez-la', 'attaquez-les', 'portez plainte', 'assignez-le', 'vous êtes dans votre droit', 'vous êtes dans vos droits',
    'la loi dit', 'la loi oblige', 'la loi interdit', 'le contrat est nul', 'clause abusive', 'résiliez le bail',
    'saisissez le tribunal', 'saisissez la justice',
  ],
});

/** An investment, savings or tax move suggested to someone. */
export const FINANCIAL_ADVICE = defineLexicon('shared.advice.financial', {
  en: [
    'into bitcoin', 'into crypto', 'into cryptocurrency', 'into ethereum', 'into stocks', 'into shares', 'into gold', 'into an etf',
    'into index funds', 'pension into', 'savings into', 'buy bitcoin', 'buy crypto', 'buy shares', 'buy stocks', 'sell your shares',
    'sell your stocks', 'invest in crypto', 'invest in bitcoin', 'invest in stocks', 'invest in shares', 'invest in gold',
    'cash out your pension', 'buy the dip', 'now is the time to buy',
    "now's the time", 'now is the time', 'ride it out', "you'll thank us", "you'll thank me", 'guaranteed return*', 'double your money',
    'remortgage', 'take out a loan', 'max out', 'will moon', 'to the moon', 'will skyrocket', 'going to explode', 'going to skyrocket',
  ],
  fr: [
    'en bitcoin', 'en bitcoins', 'en crypto', 'en cryptos', 'en cryptomonnaie*', 'dans le bitcoin', 'dans la crypto', 'en bourse',
    'achetez des actions', 'achetez du bitcoin', 'achetez des cryptos', 'vendez vos actions', 'votre épargne dans', 'votre retraite dans',
    'placez', 'placez votre', 'investissez dans', 'investissez tout',
    "c'est le moment d'acheter", "c'est le moment d'investir", 'vous nous remercierez', 'vous me remercierez', 'rendement garanti',
    'doubler votre mise', 'empruntez', 'défiscalis*', 'va exploser', 'vont exploser', 'va grimper', "va s'envoler", 'va flamber',
  ],
});

/** Assets named in a draft: investment advice only when someone asked about money and the draft tells them to act. */
export const FINANCIAL_ASSET = defineLexicon('shared.advice.financial-asset', {
  en: ['bitcoin', 'btc', 'crypto', 'cryptos', 'cryptocurrency', 'ethereum', 'stocks', 'shares', 'etf', 'etfs', 'gold', 'index fund*', 'property', 'savings account', 'isa'],
  fr: ['bitcoin', 'bitcoins', 'crypto', 'cryptos', 'cryptomonnaie*', 'actions', 'etf', 'immobilier', 'bourse', 'assurance-vie', 'assurance vie', 'pea', 'livret a', "l'or"],
});

/** The draft tells someone what to do: imperatives and recommendations around a medical, legal or money matter. */
export const ADVICE_CUE = defineLexicon('shared.advice.cue', {
  en: [
    'take', 'taking', 'put', 'keep', 'try', 'use', 'just take', 'you should', 'you need to', 'you must', 'you have to', "i'd", 'i would',
    'we recommend', "we'd recommend", 'i recommend', "i'd recommend", 'we suggest', "we'd suggest", 'i suggest', 'my advice',
    'our advice', 'my tip', 'our tip', 'go for it', 'definitely', 'do it', 'move it', 'move your', 'sell', 'buy', 'invest',
    'stop', "don't pay", 'withhold', 'sue', 'report', 'yes', 'honestly',
  ],
  fr: [
    'prenez', 'prends', 'prendre', 'mettez', 'mets', 'placez', 'gardez', 'continuez', 'retenez', 'arrêtez', 'ne payez', 'vous devriez',
    'tu devrais', 'il faut', 'il vous faut', 'je vous conseille', 'on vous conseille', 'nous vous conseillons', 'je te conseille',
    'mon conseil', 'notre conseil', 'foncez', 'fonce', 'investissez', 'achetez', 'vendez', 'attaquez', 'portez', 'mettez-le',
    'essayez', 'oui', 'non',
  ],
});

/** Declining advice and pointing to a professional: the right move, never flagged. */
export const REFERRAL = defineLexicon('shared.advice.referral', {
  en: [
    'not medical experts', 'not a medical expert', 'not doctors', 'not a doctor', 'not lawyers', 'not a lawyer', 'not legal experts',
    'not financial advisers', 'not financial advisors', 'not a financial adviser', 'not a financial advisor', 'not qualified',
    "can't give medical advice", "can't give legal advice", "can't give financial advice", 'cannot give medical advice',
    'cannot give legal advice', 'cannot give financial advice', 'not medical advice', 'not legal advice', 'not financial advice',
    "isn't medical advice", "isn't legal advice", "isn't financial advice", 'check with a gp', 'check with your gp', 'see a gp',
    'see your gp', 'see a doctor', 'see your doctor', 'ask a doctor', 'ask your doctor', 'talk to a doctor', 'talk to your doctor',
    'check with a doctor', 'check with your doctor', 'a physio', 'physiotherapist', 'pharmacist', 'a gp', 'your gp', 'nhs 111',
    'a solicitor', 'a lawyer', 'legal advice', 'citizens advice', 'a financial adviser', 'a financial advisor', 'an independent adviser',
    'regulated adviser', 'a professional', 'a specialist', 'medical professional', 'health professional',
  ],
  fr: [
    'pas médecins', 'pas médecin', 'pas des médecins', 'pas juristes', 'pas des juristes', 'pas avocats', 'pas conseillers financiers',
    'pas qualifiés', 'pas qualifié', 'pas un conseil médical', 'pas un avis médical', 'pas un conseil juridique', 'pas un conseil financier',
    'pas de conseil médical', 'pas de conseils médicaux', 'consultez un médecin', 'consultez votre médecin', 'voyez un médecin',
    'voir un médecin', 'demandez à votre médecin', 'demandez à un médecin', 'demandez à votre pharmacien', 'votre pharmacien',
    'un pharmacien', 'un kiné', 'un kinésithérapeute', 'votre médecin', 'un médecin', 'un professionnel de santé', 'un avocat',
    'un juriste', 'un conseiller financier', 'votre conseiller', 'un notaire', "l'adil", 'adil', 'maison de la justice',
    'point-justice', 'point justice', 'association de consommateurs', 'un professionnel', 'un spécialiste', 'le 15',
  ],
});

/** A question about health (in the post replied to). */
export const MEDICAL_QUESTION = defineLexicon('shared.advice.medical-question', {
  en: [
    'hurts', 'hurt', 'pain', 'painful', 'ache', 'aches', 'aching', 'sore', 'injury', 'injured', 'knee', 'knees', 'back pain',
    'lower back', 'my back', 'my neck', 'my wrist', 'my hip', 'numb', 'dizzy', 'pregnant', 'pregnancy', 'asthma', 'heart condition',
    'blood pressure', 'diabetes', 'diabetic', 'allergic', 'allergy', 'medication', 'doctor', 'physio', 'surgery', 'operation',
    'headache', 'migraine', 'symptom*', 'sick', 'ill', 'health', 'medical',
  ],
  fr: [
    "j'ai mal", 'mal au', 'mal à la', 'mal aux', 'mal partout', 'douleur*', 'douloureu*', 'genou', 'genoux', 'dos', 'nuque', 'poignet',
    'hanche', 'blessure', 'blessé', 'enceinte', 'grossesse', 'asthme', 'tension', 'diabète', 'diabétique', 'allergique', 'allergie',
    'médecin', 'kiné', 'opération', 'opéré', 'opérée', 'migraine', 'symptôme*', 'malade', 'santé', 'médical', 'médicale', 'courbature*',
  ],
});

/** A question about rights, contracts, landlords, the law (in the post replied to). */
export const LEGAL_QUESTION = defineLexicon('shared.advice.legal-question', {
  en: [
    'is it legal', 'is that legal', 'is this legal', 'legally', 'allowed to', 'the right to', 'my rights', 'landlord', 'lease',
    'tenancy', 'contract', 'employer', 'fined', 'fine', 'ticket', 'police', 'insurance claim', 'sue', 'lawyer', 'court',
  ],
  fr: [
    'le droit', 'a le droit', 'ont le droit', 'il a le droit', 'elle a le droit', 'légal', 'légale', 'illégal', 'autorisé', 'propriétaire',
    'bail', 'locataire', 'syndic', 'copropriété', 'local commun', 'loyer', 'contrat', 'employeur', 'amende', 'pv', 'procès-verbal',
    'police', 'assurance', 'avocat', 'tribunal', 'loi',
  ],
});

/** A question about money: investing, saving, pensions, loans, tax (in the post replied to). */
export const FINANCIAL_QUESTION = defineLexicon('shared.advice.financial-question', {
  en: [
    'invest', 'investing', 'investment', 'pension', 'savings', 'crypto', 'bitcoin', 'stocks', 'shares', 'mortgage', 'loan', 'isa',
    'interest rate*', 'rates are', 'tax', 'taxes', 'retire', 'retirement',
  ],
  fr: [
    'investir', 'placer', 'placement', 'épargne', 'retraite', 'crypto', 'bitcoin', 'bourse', 'actions', 'pea', 'assurance-vie',
    'assurance vie', 'livret', 'prêt', 'crédit', 'emprunt', 'taux', 'impôt*', 'fiscal*',
  ],
});

/** Guessing: hedges and reassurance without a checked basis. */
export const HEDGE = defineLexicon('shared.advice.hedge', {
  en: [
    'i think', 'i believe', 'i guess', 'i reckon', 'i suppose', 'i assume', "i'd say", 'i would say', 'pretty sure', "i'm pretty sure",
    'fairly sure', "i'm fairly sure", 'should be fine', 'should be ok', 'should be okay', 'should be good', 'should be alright',
    'should be safe', 'should work', 'should be compliant', 'must be fine', 'must be ok', 'must be okay', 'must be good',
    'usually means nothing', 'usually nothing', 'probably nothing', 'probably fine', 'probably ok', 'just ignore it',
    'just ignore', 'you can ignore', 'safe to ignore', 'i doubt', 'as far as i know', 'afaik', 'if i remember', 'if i recall',
    'from memory', 'not sure but', "i'm not sure but", 'not 100% sure', "can't imagine", "shouldn't be a problem",
    "shouldn't be an issue", 'should not be a problem', 'likely fine', 'most likely', 'my guess', 'probably', 'maybe', 'perhaps',
    "don't see why not", "i don't see why not", 'no reason why not', 'pretty solid', 'pretty tough', 'pretty robust', 'pretty sturdy',
    'should hold', 'ought to be fine', 'give it a go', 'give it a try', 'loads of people do it', 'lots of people do it', 'everyone does it',
    '99% sure', '90% sure', 'i doubt it', 'not that i know of', 'not as far as i know',
  ],
  fr: [
    'je pense que', 'je pense', 'je crois que', 'je crois', 'il me semble', "j'imagine", 'je suppose', 'à mon avis', 'a priori',
    'probablement rien', 'probablement bon', 'sûrement bon', 'sûrement rien', 'sans doute bon', 'ça doit être bon', 'ça doit aller', 'ça doit marcher', 'doit être bon', 'doit être ok',
    'ça devrait aller', 'ça devrait marcher', 'ça devrait passer', 'ça devrait être bon', 'devrait être bon', 'normalement ça',
    'normalement ça passe', "normalement c'est bon", 'ignorez', 'vous pouvez ignorer', 'de mémoire', 'si je me souviens bien', 'pas sûr mais', 'pas certain mais',
    'pas sûre mais', 'ça ne devrait pas poser', 'ne devrait pas poser de problème', 'je dirais', 'probablement', 'sûrement',
    'normalement', 'peut-être', 'je ne vois pas pourquoi', 'pas de raison que', 'tentez le coup', 'tente le coup', 'essayez pour voir',
    'plein de gens le font', 'tout le monde le fait', 'doit tenir', 'devrait tenir', 'à 99 %', 'bof', "d'après ce qu'on entend",
    "d'après ce que j'ai entendu", 'il paraît', 'on dit que',
  ],
});

/** A question where a wrong answer costs: data, safety, compliance, health, money (in the post replied to). */
export const RISKY_QUESTION = defineLexicon('shared.advice.risky-question', {
  en: [
    'corrupt*', 'checksum', 'mismatch', 'data loss', 'lose my data', 'lost data', 'error', 'error code', 'firmware', 'overheat*',
    'burning smell', 'smell of burning', 'smoke', 'smoking', 'spark*', 'short circuit', 'leak*', 'swollen', 'bulging', 'safe to',
    'is it safe', 'dangerous', 'danger', 'risk', 'risky', 'warranty', 'void', 'legal', 'legally', 'allowed', 'compliant', 'compliance',
    'gdpr', 'hipaa', 'regulation*', 'certified', 'certification', 'approved', 'insurance', 'insured', 'covered', 'tax', 'vat',
    'allergen*', 'gluten', 'nut', 'nuts', 'lactose', 'pregnant', 'medical', 'health', 'encrypt*', 'encryption', 'secure', 'security',
    'breach', 'hacked', 'virus', 'malware', 'brakes', 'brake', 'battery', 'batteries', 'charger', 'voltage', 'rain', 'waterproof',
    'soaked', 'wet', 'flood*', 'crash', 'fall', 'child seat', 'kid seat', 'baby seat', 'my daughter', 'my son', 'my kid', 'my child',
    'toddler', 'baby', 'weight limit', 'max load', 'epilep*', 'seizure*', 'licence', 'license', 'speed limit', 'derestrict*',
    'unlock the speed', 'protected', 'fscs', 'banned', 'forbidden', 'permitted', 'fined',
  ],
  fr: [
    'corrompu*', 'checksum', 'erreur', "code d'erreur", 'firmware', 'surchauffe', 'chauffe', 'odeur de brûlé', 'fumée', 'étincelle*',
    'court-circuit', 'fuite', 'gonflé*', 'sans danger', 'dangereu*', 'danger', 'risque', 'risqué', 'grave', 'garantie', 'légal',
    'légale', 'autorisé', 'autorisée', 'conforme', 'conformité', 'rgpd', 'secret médical', 'données de santé', 'hds', 'réglementation',
    'norme*', 'certifié*', 'homologué*', 'assurance', 'assuré', 'couvert', 'impôt*', 'tva', 'allergène*', 'gluten', 'arachide*',
    'fruits à coque', 'lactose', 'enceinte', 'médical', 'santé', 'chiffr*', 'sécurité', 'sécurisé*', 'piraté*', 'virus', 'freins',
    'frein', 'batterie', 'chargeur', 'tension', 'pluie', 'étanche', 'mouillé*', 'trempé*', 'inond*', 'chute', 'fendu*', 'fissur*',
    'choc', 'siège enfant', 'siège bébé', 'porte-bébé', 'mon fils', 'ma fille', 'mon enfant', 'bébé', 'charge max', 'poids max',
    'épilep*', 'crise', 'convulsion*', 'permis', 'débrid*', 'vitesse', 'interdit', 'interdite', 'amende', 'protégé*', 'sifflent', 'siffle',
  ],
});
