// fr-compromise ships its types as .ts sources that do not compile under strict settings; this is the
// small part of its API the engine uses (see rules/nlp.ts).
interface FrView {
  match(pattern: string): FrView;
  json(options?: { offset?: boolean }): unknown[];
}
declare const fr: (text: string) => FrView;
export default fr;
