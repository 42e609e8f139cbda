// The IPC host over a real store: every contract operation is wired exactly once, only the window's own
// main frame on app://vigil gets through, input is validated, and every answer is a Result value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventForwarder } from '../../../src/main/ipc/events';
import { registerIpcHost } from '../../../src/main/ipc/ipcHost';
import { createRuntime, type Runtime } from '../../../src/main/services/runtime';
import type { Handlers } from '../../../src/main/services/handlers';
import { OPERATION_NAMES } from '../../../src/shared/contract';
import { channelFor, EVENT_CHANNEL } from '../../../src/shared/ipcChannels';
import type { VigilEvent } from '../../../src/shared/events';
import {
  FakeBrowserWindow,
  invokeMain,
  makeFrame,
  resetFakeElectron,
  state,
  trustedEvent,
  type FakeInvokeEvent,
} from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

interface Failure {
  ok: false;
  error: { code: string; message: string };
}

let folder: string;
let runtime: Runtime;
let window: FakeBrowserWindow;
let spied: Handlers;
let dispose: () => void;

/** The real handlers, each wrapped in a spy so a test can see whether a call reached the service. */
function spyOn(handlers: Handlers): Handlers {
  // Cast: rebuilding the mapped type entry by entry loses the per-operation pairing TypeScript tracks.
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [name, vi.fn(handler)]),
  ) as unknown as Handlers;
}

beforeEach(async () => {
  resetFakeElectron();
  folder = mkdtempSync(join(tmpdir(), 'vigil-ipc-'));
  const events: VigilEvent[] = [];
  window = new FakeBrowserWindow({});
  await window.loadURL('app://vigil/index.html');
  // Cast: the fake implements the part of BrowserWindow the host and the forwarder use.
  const getWindow = (): BrowserWindow => window as unknown as BrowserWindow;
  const forward = createEventForwarder(getWindow);
  runtime = createRuntime({
    storePath: join(folder, 'vigil.db'),
    imports: 'inline',
    emit: (event) => {
      events.push(event);
      forward(event);
    },
  });
  spied = spyOn(runtime.handlers);
  dispose = registerIpcHost({ handlers: spied, getWindow });
});

afterEach(async () => {
  await runtime.tasks.whenIdle();
  runtime.close();
  rmSync(folder, { recursive: true, force: true });
});

function reachedService(): boolean {
  return Object.values(spied).some((handler) => vi.mocked(handler).mock.calls.length > 0);
}

describe('channels', () => {
  it('has exactly one handler per contract operation and no other channel', () => {
    const expected = OPERATION_NAMES.map(channelFor).sort();
    expect([...state.invokeHandlers.keys()].sort()).toEqual(expected);
    expect(new Set(expected).size).toBe(OPERATION_NAMES.length);
    expect(expected).not.toContain(EVENT_CHANNEL);
  });

  it('removes every channel when disposed', () => {
    dispose();
    expect(state.invokeHandlers.size).toBe(0);
  });
});

describe('the sender check', () => {
  const foreign: [string, () => FakeInvokeEvent][] = [
    ['no sender frame (navigated or destroyed)', () => ({ sender: window.webContents, senderFrame: null })],
    [
      'a subframe of the window',
      () => ({
        sender: window.webContents,
        senderFrame: makeFrame('app://vigil/frame.html', window.webContents.mainFrame),
      }),
    ],
    [
      'a subframe that shares the main frame ids',
      () => ({
        sender: window.webContents,
        senderFrame: { ...window.webContents.mainFrame, parent: makeFrame('app://vigil/index.html') },
      }),
    ],
    [
      'a main frame showing another origin',
      () => {
        window.webContents.mainFrame.url = 'https://example.com/';
        return trustedEvent(window);
      },
    ],
    [
      'a main frame on a look-alike host',
      () => {
        window.webContents.mainFrame.url = 'app://vigil.example.com/index.html';
        return trustedEvent(window);
      },
    ],
    [
      'another frame claiming the app origin',
      () => ({ sender: window.webContents, senderFrame: makeFrame('app://vigil/index.html') }),
    ],
    [
      'another window',
      () => {
        const other = new FakeBrowserWindow({});
        other.webContents.mainFrame = makeFrame('app://vigil/index.html');
        return trustedEvent(other);
      },
    ],
    [
      'another web contents presenting the window frame',
      () => ({
        sender: new FakeBrowserWindow({}).webContents,
        senderFrame: window.webContents.mainFrame,
      }),
    ],
    [
      'a frame that throws when read (disposed)',
      () => ({
        sender: window.webContents,
        senderFrame: {
          ...window.webContents.mainFrame,
          get url(): string {
            throw new Error('Render frame was disposed before WebFrameMain could be accessed');
          },
        },
      }),
    ],
  ];

  it.each(foreign)('refuses %s without reaching the service', async (_label, makeEvent) => {
    for (const name of OPERATION_NAMES) {
      const result = (await invokeMain(channelFor(name), makeEvent(), {})) as Failure;
      expect(result.ok, name).toBe(false);
      expect(result.error.code, name).toBe('forbidden');
    }
    expect(reachedService()).toBe(false);
  });

  it('refuses a foreign import.start before it touches the file or the store', async () => {
    const csv = join(folder, 'incidents.csv');
    writeFileSync(csv, 'occurred_at,category,title\n2025-01-02,phishing,Fake bank page\n');
    const event: FakeInvokeEvent = { sender: window.webContents, senderFrame: null };
    const result = (await invokeMain(channelFor('import.start'), event, {
      files: [{ file: { kind: 'path', path: csv, name: 'incidents.csv' } }],
    })) as Failure;
    expect(result.error.code).toBe('forbidden');
    await runtime.tasks.whenIdle();
    expect(reachedService()).toBe(false);
    expect(window.webContents.sent).toEqual([]);
    const imports = await invokeMain(channelFor('imports.list'), trustedEvent(window), {});
    expect(imports).toEqual({ ok: true, value: { rows: [] } });
  });

  it('accepts the window once the sender is trusted again', async () => {
    const result = await invokeMain(channelFor('store.info'), trustedEvent(window), {});
    expect(result).toMatchObject({ ok: true });
  });
});

describe('calls from the window', () => {
  it('runs a valid call against the store', async () => {
    const result = await invokeMain(channelFor('store.info'), trustedEvent(window), {});
    expect(result).toEqual({
      ok: true,
      value: {
        path: join(folder, 'vigil.db'),
        schemaVersion: expect.any(Number) as number,
        incidents: 0,
        imports: 0,
        readOnly: false,
        readOnlyReason: null,
      },
    });
  });

  it('applies the contract defaults', async () => {
    const result = await invokeMain(channelFor('incidents.list'), trustedEvent(window), {});
    expect(result).toMatchObject({ ok: true });
  });

  it.each([
    ['store.info', { extra: 1 }],
    ['incidents.list', { limit: 100_000 }],
    ['incidents.list', { sort: 'id; DROP TABLE incidents' }],
    ['imports.rejects', { importId: -1 }],
    ['import.cancel', { jobId: 'not-a-uuid' }],
    ['import.start', { files: [] }],
    ['store.info', 'a string'],
  ] as const)('answers invalid_input for %s %j', async (name, input) => {
    const result = (await invokeMain(channelFor(name), trustedEvent(window), input)) as Failure;
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_input');
    expect(reachedService()).toBe(false);
  });

  it('turns a service fault into a value', async () => {
    const result = (await invokeMain(channelFor('imports.rejects'), trustedEvent(window), {
      importId: 42,
    })) as Failure;
    expect(result.error.code).toBe('not_found');
  });

  it('refuses an upload reference: the desktop app takes paths only', async () => {
    const result = (await invokeMain(channelFor('import.start'), trustedEvent(window), {
      files: [{ file: { kind: 'upload', uploadId: '0123abcd-0000-4000-8000-000000000000', name: 'x.csv' } }],
    })) as Failure;
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('forbidden');
  });

  it('refuses a relative path', async () => {
    const result = (await invokeMain(channelFor('import.start'), trustedEvent(window), {
      files: [{ file: { kind: 'path', path: 'incidents.csv', name: 'incidents.csv' } }],
    })) as Failure;
    expect(result.error.code).toBe('invalid_input');
  });

  it('imports a file by path and forwards the job events to the window', async () => {
    const csv = join(folder, 'incidents.csv');
    writeFileSync(
      csv,
      'occurred_at,category,title\n2025-01-02,phishing,Fake bank page\n2025-01-03,ddos,Flood\n',
    );
    const result = await invokeMain(channelFor('import.start'), trustedEvent(window), {
      files: [{ file: { kind: 'path', path: csv, name: 'incidents.csv' } }],
    });
    expect(result).toMatchObject({ ok: true, value: { jobId: expect.any(String) as string } });
    await runtime.tasks.whenIdle();
    const sent = window.webContents.sent;
    expect(sent.length).toBeGreaterThan(0);
    for (const message of sent) {
      expect(message.channel).toBe(EVENT_CHANNEL);
      expect(message.args).toHaveLength(1);
    }
    expect(sent.at(-1)!.args[0]).toMatchObject({ type: 'import.finished' });
    const info = await invokeMain(channelFor('store.info'), trustedEvent(window), {});
    expect(info).toMatchObject({ ok: true, value: { imports: 1, incidents: 2 } });
  });

  it('never throws across IPC, even when the host itself fails', async () => {
    dispose();
    registerIpcHost({
      handlers: spied,
      getWindow: () => {
        throw new Error('boom');
      },
    });
    const result = await invokeMain(channelFor('store.info'), trustedEvent(window), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(reachedService()).toBe(false);
  });
});

describe('events', () => {
  const event: VigilEvent = {
    type: 'import.failed',
    jobId: '0123abcd-0000-4000-8000-000000000000',
    error: { code: 'internal', message: 'x' },
  };

  it('are sent to the window on the event channel', () => {
    // Cast: the fake implements the part of BrowserWindow the forwarder uses.
    createEventForwarder(() => window as unknown as BrowserWindow)(event);
    expect(window.webContents.sent).toEqual([{ channel: 'vigil:event', args: [event] }]);
  });

  it('are dropped when there is no window, or it is gone', () => {
    createEventForwarder(() => null)(event);
    window.destroyed = true;
    createEventForwarder(() => window as unknown as BrowserWindow)(event);
    expect(window.webContents.sent).toEqual([]);
  });
});
