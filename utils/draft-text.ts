// Reads a compose box's text as the person sees it: one line per paragraph, line breaks kept, the editors'
// placeholder <br>s and placeholders left out. Remembers which text node each character came from, so
// a finding's offsets can be turned back into a DOM Range (for highlighting) without touching the editor.

/** A run of the draft that comes from one text node. */
interface Piece {
  node: Text;
  /** Offset of the node's first character in the draft. */
  start: number;
}

export interface DraftText {
  text: string;
  pieces: Piece[];
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'SECTION', 'ARTICLE']);

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName) || element.hasAttribute('data-block');
}

/** The draft in a contenteditable box or a textarea. Never modifies the DOM. */
export function readDraft(box: Element): DraftText {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return { text: box.value, pieces: [] };
  let text = '';
  const pieces: Piece[] = [];
  // A line break is owed before the next content: set when a paragraph ends, paid when the next one has content.
  let owedBreak = false;
  // <br>s seen in the current paragraph but not yet written: the last one of a paragraph only keeps an
  // empty line open (Draft.js, Quill and Lexical all render one), so it is dropped if nothing follows it.
  let pendingBreaks = 0;
  const pay = () => {
    if (owedBreak) text += '\n';
    owedBreak = false;
    if (pendingBreaks) text += '\n'.repeat(pendingBreaks);
    pendingBreaks = 0;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      let data = (node as Text).data;
      // Draft.js doubles a soft newline that ends a block (so the browser shows the empty line): read it once.
      if (data.endsWith('\n') && isLastDraftLeaf(node as Text)) data = data.slice(0, -1);
      if (!data) return;
      pay();
      pieces.push({ node: node as Text, start: text.length });
      text += data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      if (owedBreak) pay();
      pendingBreaks++;
      return;
    }
    if (element.tagName === 'STYLE' || element.tagName === 'SCRIPT' || element.tagName === 'TEMPLATE') return;
    const block = isBlock(element);
    if (block && text.length > 0) owedBreak = true;
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      if (pendingBreaks) {
        // The paragraph's other <br>s are line breaks of their own, even at the end of the draft.
        pendingBreaks--;
        text += '\n'.repeat(pendingBreaks);
        pendingBreaks = 0;
      }
      // Even an empty paragraph is a line of its own.
      if (text.length > 0 || element.firstChild) owedBreak = true;
    }
  };
  for (let child = box.firstChild; child; child = child.nextSibling) walk(child);
  // <br>s directly in the box: the box is a paragraph too, whose last <br> only keeps its line open.
  if (pendingBreaks > 1) text += '\n'.repeat(pendingBreaks - 1);
  return { text, pieces };
}

/** A Draft.js leaf (`<span data-text="true">`) that is the last of its block. */
function isLastDraftLeaf(node: Text): boolean {
  const leaf = node.parentElement;
  if (!leaf || leaf.getAttribute('data-text') !== 'true') return false;
  const leaves = leaf.closest('[data-block]')?.querySelectorAll('[data-text="true"]');
  return leaves !== undefined && leaves[leaves.length - 1] === leaf;
}

/** The DOM range covering draft offsets [start, end), or null when they fall outside the pieces read. */
export function rangeOf(draft: DraftText, start: number, end: number, doc: Document = document): Range | null {
  if (start >= end || draft.pieces.length === 0) return null;
  const from = pieceAt(draft.pieces, start, 'start');
  const to = pieceAt(draft.pieces, end, 'end');
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(from.node, Math.min(from.node.data.length, Math.max(0, start - from.start)));
  range.setEnd(to.node, Math.min(to.node.data.length, Math.max(0, end - to.start)));
  return range.collapsed ? null : range;
}

function pieceAt(pieces: Piece[], offset: number, edge: 'start' | 'end'): Piece | undefined {
  // Binary search for the last piece starting at or before the offset.
  let low = 0;
  let high = pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const piece = pieces[mid]!;
    if (piece.start < offset || (edge === 'start' && piece.start === offset)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return pieces[0];
  const piece = pieces[found]!;
  // An offset on a line break between pieces: start at the next piece, end at the previous one.
  if (edge === 'start' && offset >= piece.start + piece.node.data.length) return pieces[found + 1] ?? piece;
  return piece;
}
