// Where the sidebar goes: beside the composer when there is room, else a badge and a panel below or
// above; never over the composer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BADGE_SIZE, fitsBeside, MIN_PANEL_WIDTH, PANEL_WIDTH, place, type Box, type Placement } from '../../utils/placement';

const viewport = { width: 1400, height: 900 };

/** True when the two boxes share some area (touching edges do not count). */
function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

const area = (p: Placement): Box => ({ top: p.top, left: p.left, width: p.width, height: p.maxHeight });

describe('place', () => {
  describe('with room beside the composer', () => {
    const composer = { top: 100, left: 400, width: 600, height: 200 };

    it('puts the panel to the right of the composer, level with its top', () => {
      const p = place(composer, viewport, true);
      expect(p.mode).toBe('panel');
      expect(p.width).toBe(PANEL_WIDTH);
      expect(p.left).toBeGreaterThan(composer.left + composer.width);
      expect(p.top).toBe(composer.top);
      expect(p.left + p.width).toBeLessThanOrEqual(viewport.width);
    });

    it('narrows the panel beside a wide dialog rather than folding it (LinkedIn’s 744 px share box at 1280 px)', () => {
      const dialog = { top: 80, left: 268, width: 744, height: 420 };
      const p = place(dialog, { width: 1280, height: 800 }, true);
      expect(p.mode).toBe('panel');
      expect(p.width).toBeLessThan(PANEL_WIDTH);
      expect(p.width).toBeGreaterThanOrEqual(MIN_PANEL_WIDTH);
      expect(p.left).toBeGreaterThan(dialog.left + dialog.width);
      expect(p.left + p.width).toBeLessThanOrEqual(1280);
      expect(fitsBeside(dialog, { width: 1280 })).toBe(true);
      // Centred in a 1,200 px window, 208 px is left on each side: too narrow, a badge then.
      expect(fitsBeside({ ...dialog, left: 228 }, { width: 1200 })).toBe(false);
    });

    it('gives the panel at most 560px of height', () => {
      expect(place(composer, viewport, true).maxHeight).toBe(560);
    });

    it('shrinks the panel height to what is left of the viewport below its top', () => {
      const p = place({ ...composer, top: 500 }, viewport, true);
      expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height);
      expect(p.maxHeight).toBeLessThan(560);
    });

    it('keeps the panel top inside the viewport when the composer top is scrolled above it', () => {
      const p = place({ ...composer, top: -150 }, viewport, true);
      expect(p.mode).toBe('panel');
      expect(p.top).toBeGreaterThanOrEqual(0);
    });

    it('puts the panel to the left when the right side has no room', () => {
      const wide = { top: 100, left: 400, width: 800, height: 200 };
      const p = place(wide, viewport, true);
      expect(p.mode).toBe('panel');
      expect(p.left + p.width).toBeLessThan(wide.left);
      expect(p.left).toBeGreaterThanOrEqual(0);
    });

    it('shows only a badge, right of the composer, when collapsed', () => {
      const p = place(composer, viewport, false);
      expect(p).toMatchObject({ mode: 'badge', width: BADGE_SIZE, maxHeight: BADGE_SIZE, top: composer.top });
      expect(p.left).toBeGreaterThan(composer.left + composer.width);
    });

    it('shows the badge left of the composer when collapsed and only the left has room', () => {
      const wide = { top: 100, left: 400, width: 800, height: 200 };
      const p = place(wide, viewport, false);
      expect(p.mode).toBe('badge');
      expect(p.left + p.width).toBeLessThan(wide.left);
    });
  });

  describe('with no room on either side (narrow window)', () => {
    const narrow = { width: 800, height: 900 };
    const composer = { top: 100, left: 100, width: 600, height: 200 };

    it('shows a badge above the composer’s top-right corner when collapsed', () => {
      const p = place(composer, narrow, false);
      expect(p.mode).toBe('badge');
      expect(p.top + p.maxHeight).toBeLessThanOrEqual(composer.top);
      expect(p.left + p.width).toBe(composer.left + composer.width);
    });

    it('shows the badge below the composer when there is no room above it', () => {
      const high = { ...composer, top: 10 };
      const p = place(high, narrow, false);
      expect(p.mode).toBe('badge');
      expect(p.top).toBeGreaterThanOrEqual(high.top + high.height);
    });

    it('opens the panel below the composer when there is room below', () => {
      const p = place(composer, narrow, true);
      expect(p.mode).toBe('panel');
      expect(p.top).toBeGreaterThan(composer.top + composer.height);
      expect(p.top + p.maxHeight).toBeLessThanOrEqual(narrow.height);
      expect(p.maxHeight).toBeGreaterThanOrEqual(160);
    });

    it('opens the panel above the composer when there is more room above', () => {
      const low = { top: 600, left: 100, width: 600, height: 250 };
      const p = place(low, narrow, true);
      expect(p.mode).toBe('panel');
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.top + p.maxHeight).toBeLessThan(low.top);
      expect(p.maxHeight).toBeGreaterThan(160);
    });

    it('gives the panel no height, never a negative one, when the composer fills the viewport', () => {
      // Both below and above are negative, above the less so: a negative max-height would be ignored by CSS.
      const p = place({ top: 10, left: 0, width: 700, height: 720 }, { width: 800, height: 700 }, true);
      expect(p.mode).toBe('panel');
      expect(p.maxHeight).toBe(0);
    });

    it('narrows the panel to the viewport on a very small screen', () => {
      const phone = { width: 200, height: 700 };
      const p = place({ top: 50, left: 0, width: 200, height: 100 }, phone, true);
      expect(p.mode).toBe('panel');
      expect(p.width).toBeLessThan(PANEL_WIDTH);
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.left + p.width).toBeLessThanOrEqual(phone.width);
    });
  });

  describe('hides the sidebar', () => {
    const composer = { top: 100, left: 400, width: 600, height: 200 };
    it.each<[string, Box]>([
      ['the composer has no width', { ...composer, width: 0 }],
      ['the composer has no height', { ...composer, height: 0 }],
      ['the composer is scrolled above the viewport', { ...composer, top: -300 }],
      ['the composer is below the viewport', { ...composer, top: viewport.height + 1 }],
      ['the composer is left of the viewport', { ...composer, left: -700 }],
      ['the composer is right of the viewport', { ...composer, left: viewport.width + 1 }],
    ])('when %s', (_, box) => {
      expect(place(box, viewport, true).mode).toBe('hidden');
      expect(place(box, viewport, false).mode).toBe('hidden');
    });
  });

  describe('over any composer and viewport', () => {
    const viewports = fc.record({ width: fc.integer({ min: 50, max: 4000 }), height: fc.integer({ min: 50, max: 3000 }) });
    const cases = viewports.chain((vp) =>
      fc.record({
        vp: fc.constant(vp),
        composer: fc.record({
          top: fc.integer({ min: -vp.height, max: vp.height + 50 }),
          left: fc.integer({ min: -vp.width, max: vp.width + 50 }),
          width: fc.integer({ min: 0, max: vp.width * 2 }),
          height: fc.integer({ min: 0, max: vp.height * 2 }),
        }),
        expanded: fc.boolean(),
      }),
    );

    it('never puts the panel over the composer', () => {
      fc.assert(
        fc.property(cases, ({ vp, composer, expanded }) => {
          const p = place(composer, vp, expanded);
          if (p.mode !== 'panel') return;
          // A negative max-height is invalid CSS, which the browser ignores: the panel would grow over the composer.
          expect(p.maxHeight).toBeGreaterThanOrEqual(0);
          expect(overlaps(area(p), composer)).toBe(false);
        }),
        { numRuns: 5000 },
      );
    });

    it('keeps the panel inside the viewport horizontally, and vertically whenever it has any height', () => {
      fc.assert(
        fc.property(cases, ({ vp, composer, expanded }) => {
          const p = place(composer, vp, expanded);
          if (p.mode !== 'panel') return;
          expect(p.width).toBeGreaterThan(0);
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.left + p.width).toBeLessThanOrEqual(vp.width);
          expect(p.maxHeight).toBeGreaterThanOrEqual(0);
          if (p.maxHeight > 0) {
            expect(p.top).toBeGreaterThanOrEqual(0);
            expect(p.top + p.maxHeight).toBeLessThanOrEqual(vp.height);
          }
        }),
        { numRuns: 5000 },
      );
    });

    it('opens the panel only when expanded, and is hidden exactly when the composer is not on screen', () => {
      fc.assert(
        fc.property(cases, ({ vp, composer, expanded }) => {
          const p = place(composer, vp, expanded);
          const offScreen =
            composer.width === 0 || composer.height === 0 ||
            composer.top + composer.height < 0 || composer.top > vp.height ||
            composer.left + composer.width < 0 || composer.left > vp.width;
          expect(p.mode === 'hidden').toBe(offScreen);
          if (!expanded) expect(p.mode).not.toBe('panel');
          else if (!offScreen) expect(p.mode).toBe('panel');
        }),
        { numRuns: 2000 },
      );
    });
  });
});
