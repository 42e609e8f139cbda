import { useEffect, useState } from 'react';
import { useClient } from '../api/useClient';

/**
 * A number that grows whenever the store's content changes (an import finished, from this window or
 * any other), so that data hooks fetch again and tables, charts and counts stay current.
 */
export function useDataVersion(): number {
  const client = useClient();
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type === 'import.finished' || event.type === 'store.changed') setVersion((v) => v + 1);
      }),
    [client],
  );
  return version;
}
