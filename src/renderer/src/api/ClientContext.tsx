// The client chosen at startup, handed to every hook below the provider.
import { createContext, type ReactNode } from 'react';
import type { ClientChoice } from './chooseClient';

export const ClientContext = createContext<ClientChoice | null>(null);

export function ClientProvider({ choice, children }: { choice: ClientChoice; children: ReactNode }) {
  return <ClientContext value={choice}>{children}</ClientContext>;
}
