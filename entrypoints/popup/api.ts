// The popup's access to the browser: the active tab's draft (from its content script), the worker's checklist
// report, the clipboard. PopupApp receives it as `api`; the tests give it a fake.
import browser from 'webextension-polyfill';
import type { PopupApi } from '../../components/popup/PopupApp';
import { parseCurrentDraft, type ChecklistReport, type ChecklistRequest, type CurrentDraftRequest } from '../../utils/protocol';

/** A content script busy or frozen must not keep the popup waiting: past this, the tab has no draft. */
const DRAFT_TIMEOUT_MS = 1500;

const isReport = (value: unknown): value is ChecklistReport =>
  typeof value === 'object' && value !== null && Array.isArray((value as ChecklistReport).findings) && Array.isArray((value as ChecklistReport).practices);

/**
 * `popup.html?tab=<id>` reviews that tab's draft instead of the active tab's: a test (or anyone) opening the popup
 * page in a tab of its own would otherwise find itself the active tab.
 */
function tabFromAddress(): number | null {
  const param = new URLSearchParams(location.search).get('tab');
  const id = param && /^\d+$/.test(param) ? Number(param) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}

export const browserApi: PopupApi = {
  async currentDraft() {
    let tabId = tabFromAddress();
    if (tabId === null) {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return null;
      tabId = tab.id;
    }
    // Rejects when the tab has no content script (a browser page, a site Tact does not run on): no draft.
    const request: CurrentDraftRequest = { type: 'tact/current-draft' };
    const answer = await Promise.race([
      browser.tabs.sendMessage(tabId, request).catch(() => null),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), DRAFT_TIMEOUT_MS)),
    ]);
    const draft = parseCurrentDraft(answer);
    return draft ? { tabId, draft } : null;
  },

  async check(input, locale) {
    const request: ChecklistRequest = { type: 'tact/checklist', locale, ...input };
    const report: unknown = await browser.runtime.sendMessage(request);
    // The worker answers nothing (undefined) when it finds the request malformed.
    if (!isReport(report)) throw new Error(String(report));
    return report;
  },

  copy: (text) => navigator.clipboard.writeText(text),
};
