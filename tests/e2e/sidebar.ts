// Reading Tact's sidebars from a page, through the observable contract only: <tact-sidebar> hosts with
// data-tact-state / data-tact-seq, findings with data-practice / data-severity, the gate's buttons.
import type { Page } from 'playwright-core';
import { check, type DraftContext } from '../../rules';

export interface SidebarView {
  state: string | null;
  seq: number;
  findings: string[];
  gate: boolean;
  theme: string | null;
  mode: 'panel' | 'badge' | 'hidden';
  top: number;
  text: string;
}

/** Every sidebar on the page, in the order they were added. */
export function sidebars(page: Page): Promise<SidebarView[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('tact-sidebar')].map((host) => {
      const root = host.shadowRoot!;
      const frame = root.querySelector<HTMLElement>('.tact');
      const mode = !frame ? 'hidden' : frame.querySelector('.panel') ? 'panel' : 'badge';
      return {
        state: host.getAttribute('data-tact-state'),
        seq: Number(host.getAttribute('data-tact-seq')),
        findings: [...root.querySelectorAll<HTMLElement>('[data-practice]')].map((f) => `${f.dataset.practice}:${f.dataset.severity}`),
        gate: Boolean(root.querySelector('[data-tact-gate]')),
        theme: frame?.className.match(/theme-(\w+)/)?.[1] ?? null,
        mode,
        top: frame?.getBoundingClientRect().top ?? -1,
        text: frame?.textContent ?? '',
      } as const;
    }),
  );
}

/** The one visible sidebar (fails if there is not exactly one). */
export async function onlySidebar(page: Page): Promise<SidebarView> {
  const visible = (await sidebars(page)).filter((s) => s.mode !== 'hidden');
  if (visible.length !== 1) throw new Error(`expected one visible sidebar, found ${visible.length}`);
  return visible[0]!;
}

/** Waits until some sidebar satisfies the predicate; returns it. */
export async function waitForSidebar(page: Page, predicate: (view: SidebarView) => boolean, timeout = 5000): Promise<SidebarView> {
  const deadline = Date.now() + timeout;
  let last: SidebarView[] = [];
  while (Date.now() < deadline) {
    last = await sidebars(page);
    const found = last.find(predicate);
    if (found) return found;
    await page.waitForTimeout(25);
  }
  throw new Error(`no sidebar matched within ${timeout} ms; sidebars: ${JSON.stringify(last.map(({ text, ...rest }) => rest))}`);
}

/** What the engine itself says of a draft, as the sidebar lists it: "practice:severity", deduplicated per finding. */
export function expectedFindings(draft: string, context: DraftContext): string[] {
  return check(draft, context).findings.map((f) => `${f.practice}:${f.severity}`);
}

export const sameMultiset = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Clicks an element inside a sidebar's shadow root (Playwright's CSS engine pierces open shadow roots). */
export async function clickInSidebar(page: Page, selector: string): Promise<void> {
  await page.locator(`tact-sidebar ${selector}`).first().click();
}
