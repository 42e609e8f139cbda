import { useContext } from 'react';
import { ClientContext } from './ClientContext';
import type { ClientChoice } from './chooseClient';

/** The client and how it talks to the main process; only under a ClientProvider. */
export function useClientChoice(): ClientChoice {
  const choice = useContext(ClientContext);
  if (choice === null) throw new Error('useClientChoice is used outside a ClientProvider');
  return choice;
}
