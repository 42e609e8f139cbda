// The preload's bridge: functions only, calls limited to the contract, events handed over as their
// payload alone, and nothing of ipcRenderer reachable from the page.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VigilBridge } from '../../../src/shared/client';
import { OPERATION_NAMES } from '../../../src/shared/contract';
import { channelFor, EVENT_CHANNEL } from '../../../src/shared/ipcChannels';
import { electron, resetFakeElectron, state } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const { ipcRenderer } = electron;
let bridge: VigilBridge;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../../src/preload/index');
  expect(state.exposed).toHaveLength(1);
  expect(state.exposed[0]!.key).toBe('vigil');
  bridge = state.exposed[0]!.api as VigilBridge;
});

beforeEach(() => {
  ipcRenderer.removeAllListeners();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.failure = null;
});

describe('window.vigil', () => {
  it('exposes exactly call, subscribe and pathForFile, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(['call', 'pathForFile', 'subscribe']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('forwards a contract call to its channel and returns the answer', async () => {
    for (const name of OPERATION_NAMES) {
      const input = { probe: name };
      const answer = await bridge.call(name, input);
      expect(answer).toEqual({ ok: true, value: { echoed: channelFor(name) } });
      expect(ipcRenderer.invocations.at(-1)).toEqual({ channel: channelFor(name), args: [input] });
    }
  });

  it.each([
    'no.such.op',
    'event',
    'vigil:store.info',
    'constructor',
    '__proto__',
    'toString',
    '',
    'store.info ',
  ])('refuses %j without reaching ipcRenderer', async (name) => {
    const answer = await bridge.call(name, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(ipcRenderer.invocations).toEqual([]);
  });

  it('refuses a name that is not a string', async () => {
    // Cast: the page may pass anything through the bridge, whatever its type says.
    const answer = await bridge.call({ toString: () => 'store.info' } as unknown as string, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(ipcRenderer.invocations).toEqual([]);
  });

  it('answers with a Result, not a rejection, when the call cannot be delivered', async () => {
    ipcRenderer.failure = new Error("Error invoking remote method 'vigil:store.info': No handler registered");
    const answer = await bridge.call('store.info', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect((answer as { error: { message: string } }).error.message).toContain('No handler registered');
  });

  it('hands a subscriber the event payload only, never the IPC event', () => {
    const listener = vi.fn();
    bridge.subscribe(listener);
    const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] };
    const payload = { type: 'import.progress', progress: { jobId: 'j', rows: 3 } };
    ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([payload]);
  });

  it('listens to the event channel only', () => {
    const listener = vi.fn();
    bridge.subscribe(listener);
    expect(ipcRenderer.eventNames()).toEqual([EVENT_CHANNEL]);
    ipcRenderer.emit(channelFor('store.info'), {}, 'not an event');
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops exactly the unsubscribed listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.subscribe(first);
    bridge.subscribe(second);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(2);
    stopFirst();
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
    ipcRenderer.emit(EVENT_CHANNEL, {}, 'after');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('after');
    stopFirst();
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
  });

  it('gives a dropped file its path through webUtils', () => {
    // Cast: the fake webUtils reads only the name of the File.
    expect(bridge.pathForFile({ name: 'incidents.csv' } as unknown as File)).toBe('/picked/incidents.csv');
  });
});
