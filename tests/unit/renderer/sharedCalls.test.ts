import { describe, expect, it } from 'vitest';
import { sharedCall } from '../../../src/renderer/src/api/sharedCalls';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('sharedCall', () => {
  it('makes one call for identical reads on their way at once, and a new one after it settled', async () => {
    const client = {};
    let calls = 0;
    const answer = deferred<string>();
    const call = () => {
      calls++;
      return answer.promise;
    };
    const first = sharedCall(client, 'store.info|1|{}', call);
    const second = sharedCall(client, 'store.info|1|{}', call);
    expect(calls).toBe(1);
    answer.resolve('figures');
    await expect(Promise.all([first, second])).resolves.toEqual(['figures', 'figures']);
    // Settled: the next read asks again (nothing is kept).
    await sharedCall(client, 'store.info|1|{}', () => {
      calls++;
      return Promise.resolve('later');
    });
    expect(calls).toBe(2);
  });

  it('keeps other keys and other clients apart, and forgets a failed call', async () => {
    const client = {};
    let calls = 0;
    const failing = deferred<string>();
    const first = sharedCall(client, 'a', () => {
      calls++;
      return failing.promise;
    });
    void sharedCall(client, 'b', () => {
      calls++;
      return Promise.resolve('b');
    });
    void sharedCall({}, 'a', () => {
      calls++;
      return Promise.resolve('other client');
    });
    expect(calls).toBe(3);
    failing.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    await expect(sharedCall(client, 'a', () => Promise.resolve('again'))).resolves.toBe('again');
  });
});
