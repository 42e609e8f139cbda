// The one way views read data: call an operation with an input, fetch again when the input or the
// store's content changes (or when asked to: a change no event reports, such as a mapping deleted),
// keep the last answer on screen while a new one is on its way (no flicker when a filter changes),
// drop answers that arrive for an input no longer wanted, and share a read other views asked at the
// same time (sharedCalls.ts).
import { useCallback, useEffect, useState } from 'react';
import type { InputOf, OperationName, ResultOf } from '../../../shared/contract';
import type { VigilError } from '../../../shared/errors';
import { internalError } from '../api/resultValue';
import { sharedCall } from '../api/sharedCalls';
import { useClient } from '../api/useClient';
import { useDataVersion } from './useDataVersion';

export interface OperationState<T> {
  /** The latest answer, possibly for an earlier input while `loading`. */
  value: T | null;
  error: VigilError | null;
  /** True until the answer for the current input (and store content) has arrived. */
  loading: boolean;
}

export interface ReloadableState<T> extends OperationState<T> {
  /** Fetches again, for a change made here that no event reports. */
  reload: () => void;
}

interface Settled<T> {
  request: string;
  value: T | null;
  error: VigilError | null;
}

export function useOperation<N extends OperationName>(
  name: N,
  input: InputOf<N>,
  enabled = true,
): ReloadableState<ResultOf<N>> {
  const client = useClient();
  const version = useDataVersion();
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => {
    setReloads((n) => n + 1);
  }, []);
  // Inputs are plain data; their JSON is a stable identity across renders, where the object is not.
  const inputJson = JSON.stringify(input);
  const request = `${name}|${String(version)}.${String(reloads)}|${inputJson}`;
  const [settled, setSettled] = useState<Settled<ResultOf<N>>>({ request: '', value: null, error: null });

  useEffect(() => {
    if (!enabled) return;
    let wanted = true;
    const call = () => client.call(name, JSON.parse(inputJson) as InputOf<N>);
    // A read the view asked again (reload) wants an answer from after that moment: never shared.
    void (reloads === 0 ? sharedCall(client, `${name}|${String(version)}|${inputJson}`, call) : call())
      .catch((err: unknown) => ({ ok: false as const, error: internalError(String(err)) }))
      .then((result) => {
        if (!wanted) return;
        setSettled((previous) =>
          result.ok
            ? { request, value: result.value, error: null }
            : { request, value: previous.value, error: result.error },
        );
      });
    return () => {
      wanted = false;
    };
  }, [client, name, inputJson, request, enabled, reloads, version]);

  if (!enabled) return { value: null, error: null, loading: false, reload };
  return { value: settled.value, error: settled.error, loading: settled.request !== request, reload };
}
