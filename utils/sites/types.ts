// What Tact needs to know about a site's compose boxes. One adapter per site, each a few selectors:
// when a site changes its markup, its adapter is the one file to update.
import type { Kind, Site } from '../../rules/types';

export interface ComposeBox {
  kind: Kind;
  /** Text of the post or comment being replied to (replies only), as shown on the page. */
  parent?: string;
  /** The site's button that submits this box, if it is on the page. */
  submit: HTMLElement | null;
  /** The composer around the box (box, toolbar, buttons): the sidebar is placed beside it, never over it. */
  container: Element;
  /** The site sends on a plain Enter in this box (Facebook comments). */
  sendsOnEnter: boolean;
}

export interface SiteAdapter {
  site: Site;
  /** Matches this site's compose boxes (the editable element itself). */
  boxes: string;
  /** Reads what the adapter knows of a box; called on every check, so it must be cheap. */
  describe(box: HTMLElement): ComposeBox;
}

/** Any other box the person can write in, on the supported sites. */
export const GENERIC_BOXES = '[contenteditable="true"][role="textbox"], textarea';

/** Visible text of an element, with whitespace runs folded (a parent post, for the engine). */
export function visibleText(element: Element | null | undefined): string | undefined {
  const text = (element as HTMLElement | null | undefined)?.innerText ?? element?.textContent ?? '';
  const folded = text.replace(/[ \t\u00a0]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return folded ? folded.slice(0, 20_000) : undefined;
}

/** The closest ancestor of `from` that also contains an element matching `selector`, and that element. */
export function nearest(from: Element, selector: string, stop?: Element | null): { ancestor: Element; match: HTMLElement } | null {
  for (let ancestor = from.parentElement; ancestor && ancestor !== stop; ancestor = ancestor.parentElement) {
    const match = ancestor.querySelector<HTMLElement>(selector);
    if (match) return { ancestor, match };
    if (ancestor === document.body) break;
  }
  return null;
}
