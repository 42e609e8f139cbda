import { useEffect, useState } from 'react';
import { STATS_TIME_ZONE, todayIn, type IsoDate } from '../../../shared/period';

const MINUTE_MS = 60_000;

/**
 * Today's date in the zone statistics are counted in, for the period presets. Checked once a minute,
 * so a dashboard left open past midnight moves "today" with the clock.
 */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIn(STATS_TIME_ZONE, new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => {
      setToday(todayIn(STATS_TIME_ZONE, new Date()));
    }, MINUTE_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return today;
}
