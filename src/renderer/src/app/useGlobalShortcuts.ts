// Keys that work in every view: "?" shows the shortcut sheet, "g" then a digit goes to a view (in
// navigation order, so the digits are the same whatever the language). Never while typing in a field.
import { useEffect } from 'react';
import { navigate } from './navigate';
import { isTextEntry } from './textEntry';
import { VIEW_LINKS } from './viewOrder';

/** How long after "g" a digit still counts as the second key. */
const SEQUENCE_MS = 1500;

export function useGlobalShortcuts(onHelp: () => void): void {
  useEffect(() => {
    let gAt = 0;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        onHelp();
        return;
      }
      if (event.key === 'g') {
        gAt = event.timeStamp;
        return;
      }
      const index = Number(event.key) - 1;
      const link = Number.isInteger(index) ? VIEW_LINKS[index] : undefined;
      if (link !== undefined && gAt > 0 && event.timeStamp - gAt <= SEQUENCE_MS) {
        event.preventDefault();
        navigate(link.route);
      }
      gAt = 0;
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [onHelp]);
}
