import { STATS_TIME_ZONE } from '../../../shared/period';
import { useOperation } from './useOperation';

/** The time zone the store counts days in (settings.get); UTC until the answer arrives. */
export function useWorkstationZone(): string {
  return useOperation('settings.get', {}).value?.timeZone ?? STATS_TIME_ZONE;
}
