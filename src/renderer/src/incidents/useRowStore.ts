// The rows of the table's filter and sort: one RowStore per filter and sort, asked again (rows kept on
// screen meanwhile) whenever the store's content changes, from this window or another. A new filter's
// rows replace the old ones only once its first answer is in, so the table does not flash empty
// between two filters (as useOperation keeps the last answer on screen).
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { SortField } from '../../../shared/domain';
import type { IncidentFilter } from '../../../shared/filter';
import { internalError } from '../api/resultValue';
import { useClient } from '../api/useClient';
import { useDataVersion } from '../hooks/useDataVersion';
import { RowStore } from './rowStore';

export interface RowSource {
  /** The rows on screen. */
  store: RowStore;
  /** The filter and sort they are for: when it changes, the table starts again at the top. */
  key: string;
  /** A newer filter or sort is being read; its rows replace these when they come. */
  pending: boolean;
}

export function useRowStore(filter: IncidentFilter, sort: SortField, dir: 'asc' | 'desc'): RowSource {
  const client = useClient();
  const version = useDataVersion();
  // The filter is plain data; its JSON is its identity across renders, where the object is not.
  const filterJson = JSON.stringify(filter);
  const key = `${filterJson}|${sort}|${dir}`;
  const store = useMemo(
    () =>
      new RowStore((request) =>
        client
          .call('incidents.list', { filter: JSON.parse(filterJson) as IncidentFilter, sort, dir, ...request })
          .catch((err: unknown) => ({ ok: false as const, error: internalError(String(err)) })),
      ),
    [client, filterJson, sort, dir],
  );
  // Opened in a layout effect, which runs before the passive effects of the rest of the window: the
  // first page is what the analyst waits for, so it is asked first, ahead of the facets and figures
  // the host answers after it (measured opening 1M incidents: the facets' call first delayed the rows
  // by its own time).
  useLayoutEffect(() => {
    store.open();
    return () => {
      store.close();
    };
  }, [store]);
  const seenVersion = useRef(version);
  useEffect(() => {
    if (seenVersion.current === version) return;
    seenVersion.current = version;
    store.refresh();
  }, [store, version]);

  const [shown, setShown] = useState({ store, key });
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  useSyncExternalStore(shown.store.subscribe, shown.store.getSnapshot);
  const answered = store.total !== null || store.error !== null;
  if (shown.store !== store && answered) setShown({ store, key });
  return shown.store === store || answered ? { store, key, pending: false } : { ...shown, pending: true };
}
