// The time zone statistics are counted in: the store's (settings.time_zone), since the aggregates are
// kept by its dates. A caller may name the zone it means; another zone than the store's is refused
// with what to do, never counted by the wrong days.
import { notATimeZone, otherZone } from './queryFaults';
import { canonicalTimeZone } from '../../shared/period';

export function requireStoreZone(asked: string | undefined, storeZone: string): string {
  if (asked === undefined) return storeZone;
  const canonical = canonicalTimeZone(asked);
  if (canonical === null) throw notATimeZone(asked);
  if (canonical !== storeZone) {
    throw otherZone(storeZone, asked);
  }
  return storeZone;
}
