import { useEffect, useState } from 'react';
import { todayIn, type IsoDate } from '../../../shared/period';

const MINUTE_MS = 60_000;

/**
 * Today's date in the zone statistics are counted in, for the period presets. Read on every render (a
 * change of zone shows at once) and once a minute, so a dashboard left open past midnight moves
 * "today" with the clock.
 */
export function useToday(zone: string): IsoDate {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setTick((n) => n + 1);
    }, MINUTE_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return todayIn(zone, new Date());
}
