// Keys anywhere in the Incidents view: `/` goes to the search box, Esc closes the detail pane and drops
// the selection, Ctrl/Cmd+A (outside text fields) selects the whole filtered set. The grid handles its
// own keys first (arrows, Enter, Space, Ctrl+A) and stops them there.
import { useCallback, useEffect, type KeyboardEvent, type RefObject } from 'react';
import { isTextEntry } from '../app/textEntry';
import type { TableSelection } from './useTableSelection';

export function useViewKeys(
  searchRef: RefObject<HTMLInputElement | null>,
  table: Pick<TableSelection, 'dismiss' | 'selectAll'>,
): (event: KeyboardEvent<HTMLElement>) => void {
  // `/` works wherever the focus is (the page, the navigation), as long as it is not typing text.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target))
        return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [searchRef]);

  const { dismiss, selectAll } = table;
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape') {
        dismiss();
      } else if (
        (event.ctrlKey || event.metaKey) &&
        event.key.toLowerCase() === 'a' &&
        !isTextEntry(event.target)
      ) {
        event.preventDefault();
        selectAll();
      }
    },
    [dismiss, selectAll],
  );
}
