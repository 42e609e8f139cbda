import type { VigilClient } from '../../../shared/client';
import { useClientChoice } from './useClientChoice';

/** The one api client every hook reads through. */
export function useClient(): VigilClient {
  return useClientChoice().client;
}
