// Which format a column's dates are written in, decided from the column's own values.
import { messageText, type Message } from '../../shared/i18n/message';
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
  /** The reason as a catalog message, without the format's name that `reason` may start with. */
  why: Message;
}

/**
 * A detection and its reason. `named`: the English reason starts with the format's name ("D/M/YYYY:
 * …"), which `why` leaves out; the other reasons name the formats they weigh within the sentence.
 */
function detection(
  result: Omit<DateDetection, 'reason' | 'why'>,
  why: Message,
  named: boolean,
): DateDetection {
  const text = messageText(why, 'en');
  const reason = named ? `${DATE_FORMAT_LABELS[result.format]}: ${text}` : text;
  return { ...result, reason, why };
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
    const result = { format: 'iso', readable: 0, total, ambiguous: false } as const;
    return detection(result, { key: 'import:dateWhy.noSamples' }, false);
  }

  const reads = new Map<DateFormat, number>(DATE_FORMATS.map((f) => [f, 0]));
  const scores = new Map<DateFormat, number>(DATE_FORMATS.map((f) => [f, 0]));
  const unreadable = new Map<DateFormat, string>();
  let dayFirstOnly: string | null = null;
  let dayFirstOnlyCount = 0;
  let monthFirstOnly: string | null = null;
  let monthFirstOnlyCount = 0;
  let allExcelShaped = true;
  const examples = new Map<DateFormat, string>();

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
        if (!examples.has(format)) examples.set(format, value);
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
    examples.set('excel', values[0] ?? '');
  }

  let best: DateFormat = 'iso';
  for (const format of DATE_FORMATS) {
    if ((scores.get(format) ?? 0) > (scores.get(best) ?? 0)) best = format;
  }
  const score = scores.get(best) ?? 0;
  const readable = reads.get(best) ?? 0;
  if (score === 0) {
    const result = { format: 'iso', readable: reads.get('iso') ?? 0, total, ambiguous: false } as const;
    const why: Message = { key: 'import:dateWhy.noneReads', params: { value: quote(values[0] ?? '') } };
    return detection(result, why, false);
  }

  const label = DATE_FORMAT_LABELS[best];
  const all = readable === total;
  const coverage = { readable, total, missed: quote(unreadable.get(best) ?? '') };

  if (best === 'dmy' || best === 'mdy') {
    if (dayFirstOnly !== null && monthFirstOnly !== null) {
      const tie = dayFirstOnlyCount === monthFirstOnlyCount;
      const why: Message = {
        key: tie ? 'import:dateWhy.disagreeAssumed' : 'import:dateWhy.disagreeReadsMore',
        params: { dayFirst: quote(dayFirstOnly), monthFirst: quote(monthFirstOnly), label },
      };
      return detection({ format: best, readable, total, ambiguous: true }, why, false);
    }
    const decider = best === 'dmy' ? dayFirstOnly : monthFirstOnly;
    if (decider === null) {
      const why: Message = { key: 'import:dateWhy.undecided', params: { label } };
      return detection({ format: best, readable, total, ambiguous: true }, why, false);
    }
    const why: Message = {
      key: all ? 'import:dateWhy.dayAbove12' : 'import:dateWhy.dayAbove12Partial',
      params: { value: quote(decider), ...coverage },
    };
    return detection({ format: best, readable, total, ambiguous: false }, why, true);
  }

  const example = quote(examples.get(best) ?? '');
  let why: Message;
  if (best === 'excel') {
    why = {
      key: all ? 'import:dateWhy.readsAllExcel' : 'import:dateWhy.readsSomeExcel',
      params: { ...coverage, min: EXCEL_PLAUSIBLE_MIN, max: EXCEL_PLAUSIBLE_MAX, example },
    };
  } else if (best === 'unix_s' || best === 'unix_ms') {
    const digits = best === 'unix_s' ? '9–10' : '12–13';
    const every = score === readable;
    const key = all
      ? every
        ? 'import:dateWhy.readsAllDigits'
        : 'import:dateWhy.readsAllDigitsSome'
      : every
        ? 'import:dateWhy.readsSomeDigits'
        : 'import:dateWhy.readsSomeDigitsSome';
    why = { key, params: { ...coverage, shaped: score, digits, example } };
  } else {
    why = { key: all ? 'import:dateWhy.readsAll' : 'import:dateWhy.readsSome', params: coverage };
  }
  return detection({ format: best, readable, total, ambiguous: false }, why, true);
}
