// A call that changes something (undo an import, map a label, delete a saved mapping), started by the
// user: whether it is running, its answer or its error, for a button to show. Views read data through
// useOperation; they change it through this.
import { useCallback, useState } from 'react';
import type { InputOf, OperationName, ResultOf } from '../../../shared/contract';
import type { Result, VigilError } from '../../../shared/errors';
import { internalError } from '../api/resultValue';
import { useClient } from '../api/useClient';

export interface ActionState<N extends OperationName> {
  run: (input: InputOf<N>) => Promise<Result<ResultOf<N>>>;
  running: boolean;
  /** The answer of the last run that succeeded, until the next run starts. */
  value: ResultOf<N> | null;
  error: VigilError | null;
}

export function useAction<N extends OperationName>(name: N): ActionState<N> {
  const client = useClient();
  const [state, setState] = useState<{
    running: boolean;
    value: ResultOf<N> | null;
    error: VigilError | null;
  }>({ running: false, value: null, error: null });

  const run = useCallback(
    async (input: InputOf<N>): Promise<Result<ResultOf<N>>> => {
      setState({ running: true, value: null, error: null });
      const result = await client
        .call(name, input)
        .catch((err: unknown) => ({ ok: false as const, error: internalError(String(err)) }));
      setState(
        result.ok
          ? { running: false, value: result.value, error: null }
          : { running: false, value: null, error: result.error },
      );
      return result;
    },
    [client, name],
  );

  return { run, ...state };
}
