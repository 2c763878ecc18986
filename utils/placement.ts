// Where the sidebar goes: beside the composer (right, else left), never over it; when neither side has
// room, a small badge just outside the composer's corner, which opens the panel below or above it.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  /** `panel` beside the composer, `badge` only, or `hidden` (composer scrolled away or not rendered). */
  mode: 'panel' | 'badge' | 'hidden';
  top: number;
  left: number;
  width: number;
  /** Tallest the panel may grow without leaving the viewport. */
  maxHeight: number;
}

export const PANEL_WIDTH = 300;
/** Beside the composer the panel may narrow down to this, rather than fold into a badge (LinkedIn's 744 px dialog at 1280 px). */
export const MIN_PANEL_WIDTH = 240;
export const BADGE_SIZE = 36;
const GAP = 12;
const MARGIN = 8;
const MIN_PANEL_HEIGHT = 160;
const MAX_PANEL_HEIGHT = 560;

/** Whether the panel fits beside the composer (right or left); if not, it opens below or above on request. */
export function fitsBeside(composer: Box, viewport: { width: number }): boolean {
  return besideWidth(composer, viewport) !== null;
}

/** Room for the panel right, else left, of the composer: where and how wide; null when neither side has room. */
function besideWidth(composer: Box, viewport: { width: number }): { left: number; width: number; side: 'right' | 'left' } | null {
  const right = composer.left + composer.width;
  const roomRight = viewport.width - MARGIN - (right + GAP);
  const roomLeft = composer.left - GAP - MARGIN;
  if (roomRight >= MIN_PANEL_WIDTH) return { left: right + GAP, width: Math.min(PANEL_WIDTH, roomRight), side: 'right' };
  if (roomLeft >= MIN_PANEL_WIDTH) {
    const width = Math.min(PANEL_WIDTH, roomLeft);
    return { left: composer.left - GAP - width, width, side: 'left' };
  }
  return null;
}

/**
 * @param composer the composer's box (compose box, its toolbar and buttons), in viewport coordinates
 * @param expanded whether the person wants the panel open (else only the badge)
 */
export function place(composer: Box, viewport: { width: number; height: number }, expanded: boolean): Placement {
  const right = composer.left + composer.width;
  const bottom = composer.top + composer.height;
  if (composer.width === 0 || composer.height === 0 || bottom < 0 || composer.top > viewport.height || right < 0 || composer.left > viewport.width) {
    return { mode: 'hidden', top: 0, left: 0, width: 0, maxHeight: 0 };
  }
  const top = clamp(composer.top, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - MIN_PANEL_HEIGHT));
  const maxHeight = Math.min(MAX_PANEL_HEIGHT, viewport.height - top - MARGIN);
  const beside = besideWidth(composer, viewport);
  if (beside) {
    if (expanded) return { mode: 'panel', top, left: beside.left, width: beside.width, maxHeight };
    const left = beside.side === 'right' ? beside.left : composer.left - GAP - BADGE_SIZE;
    return { mode: 'badge', top, left, width: BADGE_SIZE, maxHeight: BADGE_SIZE };
  }
  // No room on either side (narrow window): badge outside the composer's top-right corner...
  const badgeTop = composer.top - BADGE_SIZE - 4 >= MARGIN ? composer.top - BADGE_SIZE - 4 : Math.min(bottom + 4, viewport.height - BADGE_SIZE - MARGIN);
  const badgeLeft = clamp(right - BADGE_SIZE, MARGIN, viewport.width - BADGE_SIZE - MARGIN);
  if (!expanded) return { mode: 'badge', top: badgeTop, left: badgeLeft, width: BADGE_SIZE, maxHeight: BADGE_SIZE };
  // ...and the panel, when opened, below the composer, or above it if there is more room there.
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
  const left = clamp(right - width, MARGIN, viewport.width - width - MARGIN);
  const below = viewport.height - MARGIN - (bottom + GAP);
  const above = composer.top - GAP - MARGIN;
  if (below >= MIN_PANEL_HEIGHT || below >= above) return { mode: 'panel', top: bottom + GAP, left, width, maxHeight: Math.max(0, Math.min(MAX_PANEL_HEIGHT, below)) };
  const height = Math.max(0, Math.min(MAX_PANEL_HEIGHT, above));
  return { mode: 'panel', top: composer.top - GAP - height, left, width, maxHeight: height };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}
