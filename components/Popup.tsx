// The toolbar popup: the checklist review of the active tab's draft, or of a pasted text.
// The view lives in components/popup/ (PopupApp takes its browser access as `api` and `storage`, so it is
// tested with fakes); entrypoints/popup/ wires it to the real browser. It holds no rules: the worker checks.
export { PopupApp as Popup, type PopupApi } from './popup/PopupApp';
