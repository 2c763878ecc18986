// Highlights a finding's words in the compose box with the CSS Custom Highlight API: the browser paints
// over the text; the editor's DOM, its text and the caret are left alone.
const NAME = 'tact-words';
const STYLE = `::highlight(${NAME}) { background-color: rgba(255, 191, 0, 0.45); color: inherit; }`;

let sheet: CSSStyleSheet | null = null;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints the ranges (replacing any earlier highlight); no ranges clears it. */
export function showHighlight(ranges: Range[]): void {
  if (!highlightsSupported()) return;
  try {
    if (ranges.length === 0) {
      CSS.highlights.delete(NAME);
      return;
    }
    // The ::highlight() rule must live in the page's document to reach the editor's text: an adopted
    // stylesheet does that without adding an element to the page.
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    CSS.highlights.set(NAME, new Highlight(...ranges));
  } catch {
    // A browser that keeps these APIs from extensions (Firefox's wrappers, for one): no highlight, nothing else lost.
  }
}
