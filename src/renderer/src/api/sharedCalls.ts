// Identical reads asked at once share one call. Several parts of a window read the same thing when it
// opens or when the store changes (the store's figures for the header, the status strip and the table;
// the settings for the language and the time zone), and a host answers calls one after another, so
// each repeat delayed the answers behind it (measured opening the table on 1M incidents: 11 calls,
// four of them the same). Only calls still on their way are shared: an answer is never kept.
const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>();

/** `call()`'s promise, or the one of an identical call (same `client` and `key`) not yet settled. */
export function sharedCall<T>(client: object, key: string, call: () => Promise<T>): Promise<T> {
  let calls = inFlight.get(client);
  if (calls === undefined) {
    calls = new Map();
    inFlight.set(client, calls);
  }
  const pending = calls.get(key) as Promise<T> | undefined;
  if (pending !== undefined) return pending;
  const own = calls;
  const promise = call().finally(() => {
    if (own.get(key) === promise) own.delete(key);
  });
  own.set(key, promise);
  return promise;
}
