// Background worker. Issue 3 wires the content script's port to the engine here;
// for now it only proves that the engine bundles and runs inside the worker.
import { createEngine } from '../rules';

export default defineBackground(() => {
  const engine = createEngine();
  // Warm the engine once so the first real draft is answered quickly.
  engine.check('', { site: 'other', kind: 'post', account: 'personal' });
});
