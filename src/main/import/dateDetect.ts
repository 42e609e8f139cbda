// Which format a column's dates are written in, decided from the column's own values.
import { DATE_FORMATS, type DateFormat } from '../../shared/mapping';
import { DATE_FORMAT_LABELS, UTC_READERS } from './dates';

const NUMBER_SHAPE = /^\d+(?:\.\d+)?$/;
const EXCEL_PLAUSIBLE_MIN = 20_000;
const EXCEL_PLAUSIBLE_MAX = 80_000;

function integerDigits(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? value.length : dot;
}

function quote(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export interface DateDetection {
  format: DateFormat;
  /** How many of the non-blank samples the chosen format reads. */
  readable: number;
  /** How many non-blank samples there were. */
  total: number;
  /** True when D/M/YYYY and M/D/YYYY read the samples equally and no value decides (or values disagree). */
  ambiguous: boolean;
  /** One short English sentence for the user: why this format. */
  reason: string;
}

/**
 * Chooses a format for a column from sample values (blank cells ignored): the one that reads the most
 * (earlier in DATE_FORMATS on a tie: ISO 8601 before YYYY-M-D, D/M before M/D); for D/M/YYYY vs
 * M/D/YYYY, decided by the values themselves (a first number > 12 means D/M; a second > 12 means M/D).
 */
export function detectDateFormat(samples: readonly string[]): DateDetection {
  const values: string[] = [];
  for (const sample of samples) {
    const value = sample.normalize('NFKC').trim();
    if (value !== '') values.push(value);
  }
  const total = values.length;
  if (total === 0) {
    return {
      format: 'iso',
      readable: 0,
      total,
      ambiguous: false,
      reason: 'No sample values; ISO 8601 assumed',
    };
  }

  const reads = new Map<DateFormat, number>(DATE_FORMATS.map((f) => [f, 0]));
  const scores = new Map<DateFormat, number>(DATE_FORMATS.map((f) => [f, 0]));
  const unreadable = new Map<DateFormat, string>();
  let dayFirstOnly: string | null = null;
  let dayFirstOnlyCount = 0;
  let monthFirstOnly: string | null = null;
  let monthFirstOnlyCount = 0;
  let allExcelShaped = true;
  const example = new Map<DateFormat, string>();

  for (const value of values) {
    const numeric = NUMBER_SHAPE.test(value);
    const digits = numeric ? integerDigits(value) : 0;
    for (const format of DATE_FORMATS) {
      const read = UTC_READERS[format](value) !== null;
      if (!read) {
        if (!unreadable.has(format)) unreadable.set(format, value);
        continue;
      }
      reads.set(format, (reads.get(format) ?? 0) + 1);
      const plausible =
        format === 'unix_s'
          ? numeric && digits >= 9 && digits <= 10
          : format === 'unix_ms'
            ? numeric && digits >= 12 && digits <= 13
            : format !== 'excel';
      if (plausible) {
        scores.set(format, (scores.get(format) ?? 0) + 1);
        if (!example.has(format)) example.set(format, value);
      }
    }
    const serial = numeric ? Number(value) : Number.NaN;
    if (!(serial >= EXCEL_PLAUSIBLE_MIN && serial <= EXCEL_PLAUSIBLE_MAX)) allExcelShaped = false;
    const asDmy = UTC_READERS.dmy(value) !== null;
    const asMdy = UTC_READERS.mdy(value) !== null;
    if (asDmy && !asMdy) {
      dayFirstOnly ??= value;
      dayFirstOnlyCount++;
    } else if (asMdy && !asDmy) {
      monthFirstOnly ??= value;
      monthFirstOnlyCount++;
    }
  }
  if (allExcelShaped) {
    scores.set('excel', total);
    example.set('excel', values[0] ?? '');
  }

  let best: DateFormat = 'iso';
  for (const format of DATE_FORMATS) {
    if ((scores.get(format) ?? 0) > (scores.get(best) ?? 0)) best = format;
  }
  const score = scores.get(best) ?? 0;
  const readable = reads.get(best) ?? 0;
  if (score === 0) {
    return {
      format: 'iso',
      readable: reads.get('iso') ?? 0,
      total,
      ambiguous: false,
      reason: `No known date format reads these values (such as "${quote(values[0] ?? '')}"); ISO 8601 assumed`,
    };
  }

  const label = DATE_FORMAT_LABELS[best];
  const missed = unreadable.get(best);
  const coverage =
    readable === total
      ? `reads all ${total} sample values`
      : `reads ${readable} of ${total} sample values ("${quote(missed ?? '')}" does not)`;

  if (best === 'dmy' || best === 'mdy') {
    const dmy = DATE_FORMAT_LABELS.dmy;
    const mdy = DATE_FORMAT_LABELS.mdy;
    if (dayFirstOnly !== null && monthFirstOnly !== null) {
      const tie = dayFirstOnlyCount === monthFirstOnlyCount;
      return {
        format: best,
        readable,
        total,
        ambiguous: true,
        reason: `${dmy} or ${mdy}: values disagree (${quote(dayFirstOnly)} is ${dmy}, ${quote(monthFirstOnly)} is ${mdy}); ${label} ${tie ? 'assumed' : 'reads more'}`,
      };
    }
    const decider = best === 'dmy' ? dayFirstOnly : monthFirstOnly;
    if (decider === null) {
      return {
        format: best,
        readable,
        total,
        ambiguous: true,
        reason: `${dmy} or ${mdy}: no value decides; ${label} assumed`,
      };
    }
    const extra = readable === total ? '' : `; ${coverage}`;
    return {
      format: best,
      readable,
      total,
      ambiguous: false,
      reason: `${label}: ${quote(decider)} on a sample row has a day above 12${extra}`,
    };
  }

  const shape =
    best === 'excel'
      ? `; every value is a number from ${EXCEL_PLAUSIBLE_MIN} to ${EXCEL_PLAUSIBLE_MAX} (1954 to 2119), such as ${quote(example.get(best) ?? '')}`
      : best === 'unix_s'
        ? `; ${score === readable ? 'they are' : `${score} are`} 9–10 digit numbers such as ${quote(example.get(best) ?? '')}`
        : best === 'unix_ms'
          ? `; ${score === readable ? 'they are' : `${score} are`} 12–13 digit numbers such as ${quote(example.get(best) ?? '')}`
          : '';
  return { format: best, readable, total, ambiguous: false, reason: `${label}: ${coverage}${shape}` };
}
