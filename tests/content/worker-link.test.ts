// The content script's port to the background worker: routing, validation, and recovery when MV3 stops
// the worker.
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckReport, CheckRequest } from '../../utils/protocol';
import { WorkerLink } from '../../utils/worker-link';

/** Stands in for runtime.Port: records what is posted, and lets the test deliver messages or disconnect. */
class FakePort {
  readonly sent: unknown[] = [];
  disconnected = false;
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  readonly onMessage = { addListener: (listener: (message: unknown) => void) => void this.messageListeners.push(listener) };
  readonly onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };

  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
  }

  /** The worker sends a message. */
  deliver(message: unknown): void {
    for (const listener of this.messageListeners) listener(message);
  }

  /** The worker stops. */
  disconnect(): void {
    this.disconnected = true;
    for (const listener of this.disconnectListeners) listener();
  }
}

const request = (box: string, seq: number): CheckRequest => ({ type: 'check', box, seq, draft: `draft ${seq}`, site: 'x', kind: 'post', account: 'personal', locale: 'en' });
const reportFor = (box: string, seq: number): CheckReport => ({ type: 'report', box, seq, lang: 'en', findings: [], checked: 25 });

let ports: FakePort[];
let connect: ReturnType<typeof vi.fn<() => Runtime.Port>>;
let onFatal: ReturnType<typeof vi.fn<(error: string) => void>>;
let link: WorkerLink;
const lastPort = () => ports.at(-1)!;

beforeEach(() => {
  vi.useFakeTimers();
  ports = [];
  connect = vi.fn(() => {
    const port = new FakePort();
    ports.push(port);
    return port as unknown as Runtime.Port;
  });
  onFatal = vi.fn();
  link = new WorkerLink(connect, onFatal);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkerLink', () => {
  it("reads the browser's lastError when the port drops, so Chrome logs no unchecked error on the page", () => {
    const readLastError = vi.fn(() => ({ message: 'Could not establish connection. Receiving end does not exist.' }));
    const withReader = new WorkerLink(connect, onFatal, readLastError);
    withReader.check(request('a', 1));
    expect(readLastError).not.toHaveBeenCalled();
    lastPort().disconnect();
    expect(readLastError).toHaveBeenCalledTimes(1);
  });

  it('opens the port on the first request, not before', () => {
    expect(connect).not.toHaveBeenCalled();
    link.check(request('a', 1));
    expect(connect).toHaveBeenCalledTimes(1);
    expect(lastPort().sent).toEqual([request('a', 1)]);
  });

  it('reuses one port for all boxes', () => {
    link.check(request('a', 1));
    link.check(request('b', 1));
    expect(connect).toHaveBeenCalledTimes(1);
    expect(lastPort().sent).toEqual([request('a', 1), request('b', 1)]);
  });

  it('routes each report to the listener of its box', () => {
    const onA = vi.fn();
    const onB = vi.fn();
    link.listen('a', onA);
    link.listen('b', onB);
    link.check(request('a', 1));
    link.check(request('b', 1));
    lastPort().deliver(reportFor('b', 1));
    expect(onB).toHaveBeenCalledWith(reportFor('b', 1));
    expect(onA).not.toHaveBeenCalled();
    const failure = { type: 'failure', box: 'a', seq: 1, error: 'boom' };
    lastPort().deliver(failure);
    expect(onA).toHaveBeenCalledWith(failure);
    expect(onB).toHaveBeenCalledTimes(1);
  });

  it('drops malformed messages without calling any listener', () => {
    const onA = vi.fn();
    link.listen('a', onA);
    link.check(request('a', 1));
    for (const junk of [null, 'report', { ...reportFor('a', 1), seq: -1 }, { ...reportFor('a', 1), lang: 'de' }, { ...reportFor('a', 1), findings: [{ practice: 99 }] }]) {
      lastPort().deliver(junk);
    }
    expect(onA).not.toHaveBeenCalled();
  });

  it('ignores a report for a box nobody listens to', () => {
    const onA = vi.fn();
    link.listen('a', onA);
    link.check(request('a', 1));
    expect(() => lastPort().deliver(reportFor('z', 1))).not.toThrow();
    expect(onA).not.toHaveBeenCalled();
  });

  describe('when the worker stops', () => {
    it('reconnects and re-sends the unanswered request', () => {
      link.check(request('a', 1));
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      expect(connect).toHaveBeenCalledTimes(2);
      expect(ports[1]!.sent).toEqual([request('a', 1)]);
    });

    it('waits a moment before reconnecting, rather than reconnecting inside the disconnect event', () => {
      link.check(request('a', 1));
      ports[0]!.disconnect();
      expect(connect).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1000);
      expect(connect).toHaveBeenCalledTimes(2);
    });

    it('delivers the answer to the re-sent request to the box', () => {
      const onA = vi.fn();
      link.listen('a', onA);
      link.check(request('a', 1));
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      ports[1]!.deliver(reportFor('a', 1));
      expect(onA).toHaveBeenCalledWith(reportFor('a', 1));
    });

    it('does not re-send an answered request, nor reconnect for it', () => {
      link.check(request('a', 1));
      ports[0]!.deliver(reportFor('a', 1));
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      expect(connect).toHaveBeenCalledTimes(1);
    });

    it('re-sends only the boxes still unanswered', () => {
      link.check(request('a', 1));
      link.check(request('b', 4));
      ports[0]!.deliver(reportFor('a', 1));
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      expect(ports[1]!.sent).toEqual([request('b', 4)]);
    });

    it('re-sends only the newest request of a box', () => {
      link.check(request('a', 1));
      link.check(request('a', 2));
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      expect(ports[1]!.sent).toEqual([request('a', 2)]);
    });

    it('still re-sends the newest request when only an older one was answered', () => {
      link.check(request('a', 1));
      link.check(request('a', 2));
      ports[0]!.deliver(reportFor('a', 1));
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      expect(ports[1]!.sent).toEqual([request('a', 2)]);
    });

    it('counts a failure as an answer', () => {
      link.check(request('a', 1));
      ports[0]!.deliver({ type: 'failure', box: 'a', seq: 1, error: 'engine crashed' });
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      expect(connect).toHaveBeenCalledTimes(1);
    });

    it('reconnects lazily, on the next request, when nothing was pending', () => {
      link.check(request('a', 1));
      ports[0]!.deliver(reportFor('a', 1));
      ports[0]!.disconnect();
      link.check(request('a', 2));
      expect(connect).toHaveBeenCalledTimes(2);
      expect(ports[1]!.sent).toEqual([request('a', 2)]);
      expect(onFatal).not.toHaveBeenCalled();
    });

    it('does not re-send a request when a newer one was sent during the wait', () => {
      link.check(request('a', 1));
      ports[0]!.disconnect();
      link.check(request('a', 2));
      vi.advanceTimersByTime(1000);
      expect(ports.flatMap((p) => p.sent).filter((m) => (m as CheckRequest).seq === 1)).toHaveLength(1);
    });

    it('gives up with onFatal after too many reconnections without any answer', () => {
      link.check(request('a', 1));
      for (let i = 0; i < 10 && !onFatal.mock.calls.length; i++) {
        lastPort().disconnect();
        vi.advanceTimersByTime(1000);
      }
      expect(onFatal).toHaveBeenCalledTimes(1);
      expect(onFatal).toHaveBeenCalledWith('the background worker keeps stopping');
      // Four reconnections were tried after the first connection, then no more.
      expect(connect).toHaveBeenCalledTimes(5);
      link.check(request('a', 2));
      vi.advanceTimersByTime(1000);
      expect(connect).toHaveBeenCalledTimes(5);
    });

    it('starts counting again after an answer', () => {
      link.check(request('a', 1));
      for (let i = 0; i < 4; i++) {
        lastPort().disconnect();
        vi.advanceTimersByTime(1000);
      }
      lastPort().deliver(reportFor('a', 1));
      link.check(request('a', 2));
      for (let i = 0; i < 4; i++) {
        lastPort().disconnect();
        vi.advanceTimersByTime(1000);
      }
      expect(onFatal).not.toHaveBeenCalled();
      expect(lastPort().sent).toEqual([request('a', 2)]);
    });
  });

  describe('when the extension is gone', () => {
    it('calls onFatal once when connect() throws, and stops trying', () => {
      connect.mockImplementation(() => {
        throw new Error('Extension context invalidated.');
      });
      link.check(request('a', 1));
      link.check(request('a', 2));
      link.forget('a');
      expect(onFatal).toHaveBeenCalledTimes(1);
      expect(onFatal).toHaveBeenCalledWith('Extension context invalidated.');
      expect(connect).toHaveBeenCalledTimes(1);
    });

    it('calls onFatal when posting on the port throws', () => {
      link.check(request('a', 1));
      vi.spyOn(ports[0]!, 'postMessage').mockImplementation(() => {
        throw new Error('Extension context invalidated.');
      });
      link.check(request('a', 2));
      expect(onFatal).toHaveBeenCalledExactlyOnceWith('Extension context invalidated.');
    });

    it('reports a non-Error throw as text', () => {
      connect.mockImplementation(() => {
        throw 'no runtime';
      });
      link.check(request('a', 1));
      expect(onFatal).toHaveBeenCalledWith('no runtime');
    });
  });

  describe('forget', () => {
    it('tells the worker, stops routing to the box, and does not re-send its request', () => {
      const onA = vi.fn();
      link.listen('a', onA);
      link.check(request('a', 1));
      link.forget('a');
      expect(ports[0]!.sent).toContainEqual({ type: 'forget', box: 'a' });
      ports[0]!.deliver(reportFor('a', 1));
      expect(onA).not.toHaveBeenCalled();
      ports[0]!.disconnect();
      vi.advanceTimersByTime(1000);
      expect(connect).toHaveBeenCalledTimes(1);
    });

    it('does not open a port just to forget a box', () => {
      link.forget('a');
      expect(connect).not.toHaveBeenCalled();
    });
  });
});
