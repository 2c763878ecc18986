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
    'through the pain', 'walk it off', 'run it off', 'supplement*', 'cbd', 'muscle relaxant*', 'amoxicillin', 'penicillin', 'antacid*', 'cough syrup',
  ],
  fr: [
    'ibuprofène', 'paracétamol', 'doliprane', 'dafalgan', 'efferalgan', 'aspirine', 'advil', 'nurofen', 'spasfon', 'codéine',
    'tramadol', 'antibiotique*', 'antidouleur*', 'anti-douleur*', 'anti-inflammatoire*', 'antihistaminique*', 'mélatonine',
    'somnifère*', 'cachet*', 'comprimé*', 'gélule*', 'médicament*', 'dose', 'posologie', 'fois par jour', 'par jour pendant',
    'malgré la douleur', 'pommade', 'anti-inflammatoire', 'complément* alimentaire*', 'cbd', 'myorelaxant*', 'amoxicilline', 'pénicilline', 'sirop', 'smecta', 'gaviscon',
  ],
});

/** Reassurance about a symptom ("totally normal", « ça va passer »): advice when the question is medical. */
export const MEDICAL_REASSURANCE = defineLexicon('shared.advice.medical-reassurance', {
  en: [
    'totally normal', 'perfectly normal', 'completely normal', 'quite normal', 'nothing to worry about', "it'll settle", 'it will settle',
    "it'll pass", 'it will pass', "it'll go away", 'it will go away', 'keep riding', 'keep cycling', 'keep going', 'push through',
    'no need to see a doctor', "don't need a doctor", 'nothing serious', "you'll be fine", 'you will be fine',
    "(have|has) no effect on (pregnancy|the baby|your health|your eyes|your sleep)", 'no effect on (pregnancy|the baby|your health)', 'perfectly safe for (the baby|pregnancy|you)',
  ],
  fr: [
    'tout à fait normal', 'complètement normal', 'parfaitement normal', "c'est normal", 'rien de grave', 'ça va passer', 'ça passera',
    'ça ira mieux', 'ça va aller mieux', "n'ont aucun effet sur", "n'a aucun effet sur", 'aucun effet sur (la grossesse|le bébé|la santé|les yeux|le sommeil)',
    'sans danger pour (le bébé|la grossesse|la santé|vous)', 'aucun danger pour', 'continuez à rouler', 'continuez de rouler', 'continuez à pédaler', 'pas besoin de médecin',
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
    'send a formal notice', 'letter before action', 'stop paying (your|the)', 'stop making (your|the) payments',
    "don't pay (your|the) (bill|bills|card|loan|rent|mortgage|invoice|installments|instalments)", 'legally speaking', 'until they refund',
  ],
  fr: [
    "n'a pas le droit", "n'ont pas le droit", 'a pas le droit', "n'a absolument pas le droit", "il n'a aucun droit", 'aucun droit de',
    "c'est illégal", 'est illégal', 'totalement illégal', 'mettez-le en demeure', 'mettez-la en demeure', 'mettez-les en demeure',
    'mise en demeure', 'en demeure', 'retenez une partie', 'retenez le loyer', 'ne payez plus', 'arrêtez de payer', 'suspendez le loyer',
    'attaquez-le', 'attaquez-la', 'attaquez-les', 'portez plainte', 'assignez-le', 'vous êtes dans votre droit', 'vous êtes dans vos droits',
    'la loi dit', 'la loi oblige', 'la loi interdit', 'le contrat est nul', 'clause abusive', 'résiliez le bail',
    'saisissez le tribunal', 'saisissez la justice', 'cessez de payer', 'suspendez (vos|le|les) (paiements|prélèvements|remboursements|mensualités)',
    'juridiquement parlant', "tant qu'ils n'ont pas remboursé",
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
    'remortgage', 'take out a loan', 'max out', 'on your tax return', 'as a business expense', 'write it off', 'deduct it', 'claim it as', 'deductible', 'tax-deductible', 'file it (under|as)', 'claim it (under|on)', 'expense it',
    'put it through (the|your) (business|company|books)', 'put (it all|everything|all of it|your savings|your money|your cash) (in|into|on)',
    'move (it all|everything|your savings|your money|your cash) (in|into|to)', 'rather than (a|your|the) savings account', 'will moon', 'to the moon', 'will skyrocket', 'going to explode', 'going to skyrocket',
  ],
  fr: [
    'en bitcoin', 'en bitcoins', 'en crypto', 'en cryptos', 'en cryptomonnaie*', 'dans le bitcoin', 'dans la crypto', 'en bourse',
    'achetez des actions', 'achetez du bitcoin', 'achetez des cryptos', 'vendez vos actions', 'votre épargne dans', 'votre retraite dans',
    'placez', 'placez votre', 'investissez dans', 'investissez tout',
    "c'est le moment d'acheter", "c'est le moment d'investir", 'vous nous remercierez', 'vous me remercierez', 'rendement garanti',
    'doubler votre mise', 'empruntez', 'défiscalis*', 'dans votre déclaration', 'en frais professionnels', 'déductible', 'déductibles', 'passez-le en (frais|charges)', 'mettez-le en (frais|charges)', 'déclarez-le en', 'déduisez', '(mettez|placez|basculez|transférez) (tout|le tout|votre argent|vos économies|votre épargne) (en|sur|dans)', 'plutôt que sur (le|votre|un) livret', 'va exploser', 'vont exploser', 'va grimper', "va s'envoler", 'va flamber',
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
    'headache', 'migraine', 'symptom*', 'sick', 'ill', 'health', 'medical', 'fever', 'temperature', 'cough*', 'sore throat', 'flu', 'infection',
    'rash', 'what should i take', 'what can i take', 'should i take',
  ],
  fr: [
    "j'ai mal", 'mal au', 'mal à la', 'mal aux', 'mal partout', 'douleur*', 'douloureu*', 'genou', 'genoux', 'dos', 'nuque', 'poignet',
    'hanche', 'blessure', 'blessé', 'enceinte', 'grossesse', 'asthme', 'tension', 'diabète', 'diabétique', 'allergique', 'allergie',
    'médecin', 'kiné', 'opération', 'opéré', 'opérée', 'migraine', 'symptôme*', 'malade', 'santé', 'médical', 'médicale', 'courbature*',
    'fièvre', 'toux', 'je tousse', 'angine', 'grippe', 'rhume', 'infection', 'je prends quoi', 'que prendre', 'je peux prendre', 'dois-je prendre',
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
    '99% sure', '90% sure', 'i doubt it', 'not that i know of', 'not as far as i know', "don't see why", 'see no reason why', 'could be',
    'might be', 'possibly', 'in theory', 'theoretically', 'i think so', 'no idea but', 'worth a try', 'can\'t hurt',
    'prob', 'prolly', "wouldn't worry", 'would not worry', 'try it and see', 'try and see', 'should be fine i reckon', 'i reckon so',
    "nobody's complained", 'nobody has complained', 'no one has complained', 'no complaints so far', 'so far so good', 'loads of (people|clinics|customers|users) use',
    'looked (pretty|quite|) (good|fine|ok|okay|safe)', 'looks (pretty|quite|) (good|fine|ok|okay|safe) (to me|from here)', 'worst case',
    'should be (totally|completely|perfectly|absolutely|100%|all|just) (fine|ok|okay|safe|good|alright|compliant)', 'should (totally|definitely) be (fine|ok|okay|safe|good)',
    "(i'm|im|i am) (pretty|fairly|quite|almost) (sure|certain|confident)", "i don't think (it's|its|that's|it is) (serious|a problem|an issue|dangerous|a big deal)",
  ],
  fr: [
    'je pense que', 'je pense', 'je crois que', 'je crois', 'il me semble', "j'imagine", 'je suppose', 'à mon avis', 'a priori',
    'probablement rien', 'probablement bon', 'sûrement bon', 'sûrement rien', 'sans doute bon', 'ça doit être bon', 'ça doit aller', 'ça doit marcher', 'doit être bon', 'doit être ok',
    'ça devrait aller', 'ça devrait marcher', 'ça devrait passer', 'ça devrait être bon', 'devrait être bon', 'normalement ça',
    'normalement ça passe', "normalement c'est bon", 'ignorez', 'vous pouvez ignorer', 'de mémoire', 'si je me souviens bien', 'pas sûr mais', 'pas certain mais',
    'pas sûre mais', 'ça ne devrait pas poser', 'ne devrait pas poser de problème', 'je dirais', 'probablement', 'sûrement',
    'normalement', 'peut-être', 'je ne vois pas pourquoi', 'pas de raison que', 'tentez le coup', 'tente le coup', 'essayez pour voir',
    'plein de gens le font', 'tout le monde le fait', 'doit tenir', 'devrait tenir', 'à 99 %', 'bof', "d'après ce qu'on entend",
    "d'après ce que j'ai entendu", 'il paraît', 'on dit que', 'vois pas pourquoi', 'ça passe', 'ça se peut', "c'est possible",
    'possible que', 'en théorie', 'en principe', 'je crois bien', 'sans doute', 'bah', 'ça coûte rien d\'essayer',
    "j'crois", 'jcrois', 'chais pas', 'faudrait tester', 'faut tester', 'au pire', 'essaie pour voir', 'essayez et vous verrez',
    "personne ne s'est plaint", 'beaucoup de (gens|clients|patientes|patients) (sont|font|le font)',
    "j'pense", 'jpense', "j'pense pas", 'je pense pas', 'je crois pas', "j'crois pas", 'je ne pense pas que ce soit (grave|un problème|dangereux)', "ça devrait (aller|le faire|être bon|être ok)",
    '(presque|quasi|quasiment|à peu près) (sûr|sûre|certain|certaine)', 'plein de (clients|gens) (le font|font)', 'ça devrait le faire',
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
    'toddler', 'baby', 'weight limit', 'max load', 'year-old', 'year old', 'kids', 'passenger', 'rear rack', 'epilep*', 'seizure*', 'licence', 'license', 'speed limit', 'derestrict*',
    'unlock the speed', 'protected', 'fscs', 'banned', 'forbidden', 'permitted', 'fined', 'plug it', 'plug in', 'plug into', 'plugged into', 'socket',
    'power strip', 'extension lead', 'extension cord', 'a ups', 'an ups', 'surge', 'power supply', 'cheap charger', 'third-party charger', 'gets hot', 'getting hot',
    'very hot', 'too hot', 'feels hot', 'really hot', 'hot to the touch',
    'scam', 'phishing', 'suspicious', 'bank details', 'card details',
    'overwrite', 'overwrites', 'lose everything', 'lost forever', 'delete everything', 'patients', 'x-ray*', 'mri', 'clicking noise',
    'clicking', 'avalanche', 'declare', 'deduct', 'cloud act', 'subpoena', 'dpo', 'audit',
    'safe to drink', 'safe to eat', 'drink it', 'drink the', 'drinkable', 'drinking water', 'tap water', 'eat it', 'can i eat', 'can we eat', 'can i drink', 'can we drink',
    'weird taste', 'tastes (funny|weird|strange|off)', 'smells (funny|weird|strange|off)', 'expired', 'out of date', 'mould*', 'mold', 'moldy',
    'failure', 'failing', 'imminent', 'bad sectors', 'smart error', 'smart warning', 'disk warning', 'drive warning',
    'requirements', 'data residency', 'residency', 'fadp', 'nfadp', 'soc 2', 'soc2', 'iso 27001', 'pci', 'dora', 'nis2', 'regulator*', 'regulated',
    'passport*', 'id scans', 'identity documents', 'client files', "clients' (files|data|documents)", 'personal data', 'sensitive data', 'health data', 'coeliac*', 'celiac*', 'allerg*',
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
    'brancher', 'branché', 'branchée', 'très chaud', 'trop chaud', 'brûlant*', 'chauffe', 'prise électrique', 'prise murale', 'multiprise', 'rallonge', 'onduleur', 'surtension', 'parafoudre',
    'chargeur pas cher', 'chargeur générique', 'arnaque', 'hameçonnage', 'phishing', 'suspect', 'suspecte', 'coordonnées bancaires',
    'écraser', 'écrase', 'perdu partout', 'tout perdre', 'perdu définitivement', 'patients', 'patiente*', 'irm', 'scanner',
    'stérilet', 'implant', 'pacemaker', 'bruit de clic', 'bruits de clic', 'avalanche', 'déclarer', 'déclaration', 'cloud act', 'dpo', 'audit',
    'la boire', 'le boire', 'les boire', 'boire', 'potable', 'eau du robinet', 'eau du puits', 'la manger', 'le manger', 'les manger', 'consommer', 'goût bizarre',
    'goût étrange', 'odeur bizarre', 'périmé*', 'moisi*', 'défaillance*', 'imminente', 'secteurs défectueux', 'disque dur', 'alerte smart',
    'exigences', 'hébergement des données', 'localisation des données', 'réglementaire*', 'soc 2', 'iso 27001', 'nlpd', 'lpd', 'régulateur*',
    'passeport*', "pièces d'identité", "pièce d'identité", 'données personnelles', 'données sensibles', 'cœliaque*', 'coeliaque*', 'allerg*',
  ],
});

/** A private legal matter with someone other than the brand: landlords, employers, neighbours, fines (in the post replied to). */
export const PRIVATE_LEGAL_MATTER = defineLexicon('shared.advice.private-legal-matter', {
  en: [
    'landlord', 'landlady', 'letting agent', 'tenant', 'tenancy', 'lease', 'deposit', 'rent', 'eviction', 'evict*', 'my employer', 'my boss',
    'my manager', 'my contract', 'employment contract', 'notice period', 'dismissal', 'unfair dismissal', 'neighbour', 'neighbours', 'neighbor',
    'neighbors', 'divorce', 'custody', 'child support', 'inheritance', 'my will', 'probate', 'speeding ticket', 'parking ticket', 'parking fine',
    'fined', 'penalty notice', 'the police', 'visa', 'immigration', 'small claims', 'sue', 'suing', 'lawsuit', 'my ex',
  ],
  fr: [
    'propriétaire', 'proprio', 'bailleur', 'bailleresse', 'locataire', 'bail', 'caution', 'dépôt de garantie', 'loyer', 'loyers', 'expulsion',
    'mon employeur', 'mon patron', 'ma patronne', 'mon chef', 'mon contrat', 'contrat de travail', 'préavis', 'licenciement', 'prud\'hommes',
    'voisin', 'voisins', 'voisine', 'divorce', 'garde', 'pension alimentaire', 'héritage', 'succession', 'testament', 'amende', 'contravention',
    'pv', 'la police', 'les flics', 'titre de séjour', 'visa', 'porter plainte', 'mon ex', 'syndic', 'copropriété',
  ],
});

/** The post replied to says its question is off topic for the brand. */
export const OFF_TOPIC = defineLexicon('shared.advice.off-topic', {
  en: ['off topic', 'off-topic', 'random question', 'random q', 'unrelated', 'not related to', 'nothing to do with', 'you guys seem smart', 'since you', 'while i have you'],
  fr: ['hors sujet', 'hors-sujet', 'rien à voir', 'question bête', 'question au hasard', 'petite question hors', 'vous avez l\'air', 'tant que je vous tiens', 'au passage'],
});

/** A verdict given to someone about what they can or must do: "yes, you can", « vous avez le droit ». */
export const VERDICT = defineLexicon('shared.advice.verdict', {
  en: [
    'yes you can', 'you can', "you can't", 'you cannot', "you're allowed", 'you are allowed', "you're not allowed", 'you have the right',
    "you're within your rights", 'you are within your rights', "you're entitled", 'you are entitled', "they can't", 'they cannot', 'he can\'t',
    'she can\'t', 'they have to', 'they must', 'he has to', 'she has to', 'legally', 'in most cases', 'as a rule', "it's legal", 'it is legal',
    "it's illegal", 'it is illegal', 'just tell', 'just send', 'just stop', 'just ignore', 'in writing', 'go ahead', 'you should', 'you need to',
    "you don't have to", 'you do not have to',
  ],
  fr: [
    'oui vous pouvez', 'vous pouvez', 'tu peux', 'vous ne pouvez pas', 'tu ne peux pas', 'vous avez le droit', 'tu as le droit', "vous n'avez pas le droit",
    'vous êtes dans votre droit', 'vous êtes dans vos droits', "il n'a pas le droit", "elle n'a pas le droit", "ils n'ont pas le droit", 'il doit',
    'elle doit', 'ils doivent', 'il est obligé', 'elle est obligée', 'légalement', 'dans la plupart des cas', 'en général', "c'est légal", "c'est illégal",
    'par écrit', 'en recommandé', 'lettre recommandée', 'il suffit de', 'vous devez', 'tu dois', "vous n'êtes pas obligé*", "tu n'es pas obligé*",
  ],
});

/** A message the person received and doubts: "is this SMS from you?", « c'est une arnaque ? » (in the post replied to). */
export const SUSPICIOUS_MESSAGE = defineLexicon('shared.advice.suspicious-message', {
  en: [
    'is this you', 'is that you', 'was this you', 'is this from you', 'is this legit', 'is it legit', 'is this real', 'is this genuine', 'is this a scam',
    'is it a scam', 'scam', 'phishing', 'suspicious', 'weird email', 'strange email', 'weird text', 'strange text', 'weird sms', 'strange message',
    'did you send', 'did you guys send', 'click here', 'click the link', 'account will be suspended', 'account suspended', 'verify your account',
    'asking for my password', 'asks for my password', 'asking for my card', 'legit', 'genuine', 'real or fake', 'fake', 'card number',
    'asking me to confirm', 'asks me to confirm', 'asked me to confirm', 'asking me to log in', 'asking me to pay',
  ],
  fr: [
    "c'est vous", "c'est bien vous", 'ça vient de vous', 'vient de vous', 'venant de vous', "c'est légit", "c'est une arnaque", 'arnaque', 'hameçonnage',
    'phishing', 'suspect', 'bizarre', 'étrange', 'vous avez envoyé', 'cliquez ici', 'cliquer sur le lien', 'compte sera suspendu', 'compte suspendu',
    'vérifier votre compte', 'me demande mon mot de passe', 'demande mes coordonnées', 'demande ma carte', 'légit', 'vrai ou faux',
    'numéro de carte', 'me demande de confirmer', 'me demande de payer', 'me demande de me connecter', 'faux mail', 'faux sms',
  ],
});

/** Telling someone to go ahead with a doubtful message: "you can click", « c'est bien nous ». */
export const GO_AHEAD = defineLexicon('shared.advice.go-ahead', {
  en: [
    'you can click', 'safe to click', 'go ahead and click', 'just click', 'click away', "it's legit", 'it is legit', "that's us", "it's us", 'it was us',
    "it's genuine", 'it is genuine', 'you can enter', 'you can reply with', 'you can safely', 'safe to open', 'you can open it',
  ],
  fr: [
    'vous pouvez cliquer', 'tu peux cliquer', 'cliquez sans crainte', 'cliquez sans souci', 'vous pouvez y aller', "c'est bien nous", "c'est nous",
    "c'est légitime", "c'est légit", 'vous pouvez répondre', 'vous pouvez ouvrir', 'vous pouvez saisir', 'sans risque de cliquer',
  ],
});

/** A health question in the strict sense: symptoms, conditions, medicines (in the post replied to). */
export const HEALTH_QUESTION = defineLexicon('shared.advice.health-question', {
  en: [
    'pain', 'painful', 'hurts', 'ache', 'aches', 'sore', 'injury', 'injured', 'sick', 'illness', 'fever', 'headache', 'migraine', 'pregnant',
    'pregnancy', 'allergy', 'allergic', 'asthma', 'diabetes', 'diabetic', 'blood pressure', 'medication', 'medicine', 'pills', 'dose', 'doctor',
    'symptom*', 'rash', 'infection', 'antibiotic*', 'ibuprofen', 'paracetamol', 'aspirin', 'painkiller*', 'insomnia', 'anxiety',
  ],
  fr: [
    'douleur*', 'douloureu*', "j'ai mal", 'mal au', 'mal à la', 'mal aux', 'malade', 'fièvre', 'migraine', 'enceinte', 'grossesse', 'allergie',
    'allergique', 'asthme', 'diabète', 'diabétique', 'médicament*', 'cachet*', 'comprimé*', 'posologie', 'médecin', 'symptôme*', 'infection',
    'antibiotique*', 'ibuprofène', 'paracétamol', 'doliprane', 'aspirine', 'insomnie', 'angoisse*',
  ],
});

/** A question about investing or saving (in the post replied to): stricter than FINANCIAL_QUESTION, which also covers tax and loans. */
export const INVESTMENT_QUESTION = defineLexicon('shared.advice.investment-question', {
  en: ['invest', 'investing', 'investment', 'savings', 'pension', 'retirement fund', 'crypto', 'bitcoin', 'stocks', 'shares', 'etf', 'gold', 'index fund*', 'stock market'],
  fr: ['investir', 'placer', 'placement', 'épargne', 'économies', 'retraite', 'crypto', 'bitcoin', 'bourse', 'etf', "l'or", 'en or', 'assurance-vie', 'assurance vie', 'pea', 'livret'],
});

/** A verdict on someone's rights: "you have the right", « c'est illégal ». Enough on its own after an off-topic legal question. */
export const LEGAL_VERDICT = defineLexicon('shared.advice.legal-verdict', {
  en: [
    'you have the right', "you're within your rights", 'you are within your rights', "you're entitled", 'you are entitled', 'legally', "it's illegal",
    'it is illegal', "it's legal", 'it is legal', 'the law says', 'by law', 'against the law', 'your rights', 'no right to',
  ],
  fr: [
    'vous avez le droit', 'tu as le droit', 'dans votre droit', 'dans vos droits', 'légalement', "c'est illégal", "c'est légal", 'la loi',
    'vos droits', 'tes droits', "n'a pas le droit", "n'ont pas le droit", 'aucun droit de',
  ],
});

/** Warning signs in a message someone received: a link to click, a threat to suspend, a password or card asked for. */
export const MESSAGE_RED_FLAG = defineLexicon('shared.advice.message-red-flag', {
  en: [
    'click here', 'click the link', 'click a link', 'suspended', 'suspend', 'verify your account', 'verify my account', 'password', 'card number',
    'card details', 'bank details', 'confirm my card', 'asking me to pay', 'pay a fee', 'gift card', 'scam', 'phishing', 'suspicious', 'weird', 'strange',
    'urgent', 'within 24 hours', 'login details', 'security code', 'one-time code',
  ],
  fr: [
    'cliquez ici', 'cliquer sur le lien', 'cliquer ici', 'suspendu', 'suspendue', 'suspension', 'vérifier votre compte', 'mot de passe', 'numéro de carte',
    'coordonnées bancaires', 'carte bancaire', 'me demande de payer', 'frais de', 'carte cadeau', 'arnaque', 'hameçonnage', 'phishing', 'suspect',
    'bizarre', 'étrange', 'urgent', 'sous 24 h', 'identifiants', 'code de sécurité', 'code reçu',
  ],
});

/** Asking what to do: "should I…", « vous me conseillez quoi ? » (in the post replied to). */
export const ADVICE_SEEKING = defineLexicon('shared.advice.advice-seeking', {
  en: [
    'should i', 'should we', 'is it ok to', 'is it okay to', 'is it safe to', 'is it wise', 'good idea', 'worth it', 'would you', 'what would you',
    'do you recommend', 'would you recommend', 'any advice', 'any tips', 'your advice', 'can i take', 'can i mix', 'is it bad', 'is it normal',
    'what do you think i', 'what should', 'how much should',
  ],
  fr: [
    'je devrais', 'on devrait', 'vous conseillez', 'tu conseilles', 'vous me conseillez', 'un conseil', 'des conseils', 'bonne idée', 'vaut le coup',
    'je peux prendre', 'je peux mélanger', "c'est grave", "c'est normal", 'vous feriez quoi', 'tu ferais quoi', 'est-ce prudent', 'je fais quoi',
    'que faire', 'combien je devrais',
  ],
});
