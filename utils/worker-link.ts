// The content script's side of the port to the background worker. MV3 stops idle workers, which drops
// the port: the link reconnects on the next request and re-sends what was still unanswered, so the
// sidebar catches up without the person doing anything.
import type { Runtime } from 'webextension-polyfill';
import { PORT_NAME, parseWorkerMessage, type CheckRequest, type ContentMessage, type WorkerMessage } from './protocol';

type Listener = (message: WorkerMessage) => void;

/** Reconnections in a row without any answer before the link gives up and reports an error. */
const MAX_SILENT_RECONNECTS = 4;

export class WorkerLink {
  private port: Runtime.Port | null = null;
  private readonly listeners = new Map<string, Listener>();
  /** The newest unanswered request of each box, re-sent after a reconnection. */
  private readonly unanswered = new Map<string, CheckRequest>();
  private silentReconnects = 0;
  private dead = false;

  constructor(
    private readonly connect: () => Runtime.Port,
    private readonly onFatal: (error: string) => void,
    /**
     * Reads the browser's lastError when the port drops: Chrome logs "Unchecked runtime.lastError" on the page
     * for a port closed with an error (the worker stopped while connecting) unless the handler reads it.
     */
    private readonly readLastError: () => unknown = () => undefined,
  ) {}

  listen(box: string, listener: Listener): void {
    this.listeners.set(box, listener);
  }

  forget(box: string): void {
    this.listeners.delete(box);
    this.unanswered.delete(box);
    if (this.port) this.post({ type: 'forget', box });
  }

  check(request: CheckRequest): void {
    this.unanswered.set(request.box, request);
    this.post(request);
  }

  private post(message: ContentMessage): void {
    if (this.dead) return;
    try {
      this.open().postMessage(message);
    } catch (error) {
      // The extension was reloaded or removed: this content script can no longer reach it.
      this.die(error);
    }
  }

  private open(): Runtime.Port {
    if (this.port) return this.port;
    const port = this.connect();
    port.onMessage.addListener((raw: unknown) => {
      const message = parseWorkerMessage(raw);
      if (!message) return; // not ours, or damaged: dropped
      this.silentReconnects = 0;
      if (this.unanswered.get(message.box)?.seq === message.seq) this.unanswered.delete(message.box);
      this.listeners.get(message.box)?.(message);
    });
    port.onDisconnect.addListener(() => {
      void this.readLastError();
      if (this.port === port) this.port = null;
      if (this.unanswered.size === 0) return; // reconnect lazily, on the next request
      if (++this.silentReconnects > MAX_SILENT_RECONNECTS) {
        this.die(new Error('the background worker keeps stopping'));
        return;
      }
      // The worker stopped with drafts unanswered: wake it up again and ask anew.
      const pending = [...this.unanswered.values()];
      setTimeout(() => pending.forEach((request) => this.unanswered.get(request.box) === request && this.post(request)), 20 * this.silentReconnects);
    });
    this.port = port;
    return port;
  }

  private die(error: unknown): void {
    if (this.dead) return;
    this.dead = true;
    this.port = null;
    this.onFatal(error instanceof Error ? error.message : String(error));
  }
}
