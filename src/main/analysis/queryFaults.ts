// The analysis' refusals of a query, as catalog messages: the window and the command line show each in
// their reader's language, and the fault keeps the English sentence as its message for logs.
import { VigilFault } from '../../shared/errors';
import type { Period } from '../../shared/period';

export function notADate(end: 'from' | 'to', value: string): VigilFault {
  return new VigilFault('invalid_input', { key: 'dashboard:faults.notADate', params: { end, value } });
}

export function periodReversed(query: Period): VigilFault {
  return new VigilFault('invalid_input', {
    key: 'dashboard:faults.reversed',
    params: { from: query.from, to: query.to },
  });
}

/** `detail` is the calendar's own reason (shared/period.ts), which is English only. */
export function tooFarBack(detail: string): VigilFault {
  return new VigilFault('invalid_input', { key: 'dashboard:faults.tooFarBack', params: { detail } });
}

export function notOneOf(value: unknown, allowed: readonly string[]): VigilFault {
  return new VigilFault('invalid_input', {
    key: 'dashboard:faults.notOneOf',
    params: { value: String(value), allowed: allowed.join(', ') },
  });
}

export function badLimit(value: number, max: number): VigilFault {
  return new VigilFault('invalid_input', {
    key: 'dashboard:faults.limit',
    params: { value: String(value), max: String(max) },
  });
}

export function trendTooLong(period: Period, days: number, max: number): VigilFault {
  return new VigilFault('invalid_input', {
    key: 'dashboard:faults.trendTooLong',
    params: { max: String(max), from: period.from, to: period.to, days: String(days) },
  });
}

export function notATimeZone(zone: string): VigilFault {
  return new VigilFault('invalid_input', { key: 'dashboard:faults.notATimeZone', params: { zone } });
}

export function otherZone(storeZone: string, asked: string): VigilFault {
  return new VigilFault('invalid_input', { key: 'dashboard:faults.otherZone', params: { storeZone, asked } });
}
