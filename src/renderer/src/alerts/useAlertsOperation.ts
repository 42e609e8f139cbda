import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { InputOf, OperationName, ResultOf } from '../../../shared/contract';
import { useOperation, type ReloadableState } from '../hooks/useOperation';
import { alertsVersion, subscribeAlerts } from './alertsVersion';

/** An alert operation's answer, read again when the store changes and when alerts change here. */
export function useAlertsOperation<N extends OperationName>(
  name: N,
  input: InputOf<N>,
  enabled = true,
): ReloadableState<ResultOf<N>> {
  const state = useOperation(name, input, enabled);
  const version = useSyncExternalStore(subscribeAlerts, alertsVersion);
  const seen = useRef(version);
  const { reload } = state;
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  return state;
}
