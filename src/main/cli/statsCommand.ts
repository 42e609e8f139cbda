// `vigil stats`: a period's headline figures, year on year and against the period just before.
import { existsSync } from 'node:fs';
import type { CategoryHeadline, Headline } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import { dayCount, isIsoDate, type IsoDate } from '../../shared/period';
import { periodText } from '../../shared/periodText';
import { CATEGORY_CODES, type CategoryCode } from '../../shared/taxonomy';
import { headline, type HeadlineQuery } from '../analysis/headline';
import { openStore } from '../store/open';
import type { CliIo } from './io';

export interface StatsOptions {
  storePath: string;
  json: boolean;
  from: string | undefined;
  to: string | undefined;
  categories: string[];
  timeZone: string | undefined;
}

export function statsCommand(options: StatsOptions, io: CliIo): number {
  const query = statsQuery(options);
  // A mistyped --db would otherwise create an empty store and report zeros as if they were figures.
  if (!existsSync(options.storePath)) {
    throw new VigilFault(
      'not_found',
      `there is no store at ${options.storePath}; import files first, or name the store with --db`,
    );
  }
  const db = openStore(options.storePath);
  try {
    const result = headline(db, query);
    io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : headlineText(result));
    return 0;
  } finally {
    db.close();
  }
}

/** The options as a headline query, or an invalid_input fault naming the option that is wrong. */
function statsQuery(options: StatsOptions): HeadlineQuery {
  const date = (value: string | undefined, option: string): IsoDate => {
    if (value === undefined) throw new VigilFault('invalid_input', `${option} YYYY-MM-DD is required`);
    if (!isIsoDate(value)) {
      throw new VigilFault(
        'invalid_input',
        `${option}: "${value}" is not a date in the calendar (YYYY-MM-DD)`,
      );
    }
    return value;
  };
  const from = date(options.from, '--from');
  const to = date(options.to, '--to');
  if (from > to) throw new VigilFault('invalid_input', `--from ${from} is after --to ${to}`);
  const categories = options.categories.map((code): CategoryCode => {
    if (!(CATEGORY_CODES as readonly string[]).includes(code)) {
      throw new VigilFault(
        'invalid_input',
        `--category: "${code}" is not a category; categories are ${CATEGORY_CODES.join(', ')}`,
      );
    }
    return code as CategoryCode;
  });
  return { from, to, categories, timeZone: options.timeZone };
}

// Fixed 'en-US' so the output reads the same on every machine, whatever its locale.
const integer = new Intl.NumberFormat('en-US');

/** "+12.0%", "-3.5%", "0.0%", or "n/a" where there is nothing to compare with. */
function signedPct(pct: number | null): string {
  if (pct === null) return 'n/a';
  return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

function plural(n: number, word: string): string {
  return `${integer.format(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** The paragraph and the table `vigil stats` prints without --json. */
export function headlineText(h: Headline): string {
  const comparisonYear = h.comparison.from.slice(0, 4);
  const oneYear = comparisonYear === h.comparison.to.slice(0, 4);
  const samePeriod = oneYear ? `the same period of ${comparisonYear}` : 'the same dates a year earlier';
  let yearOnYear: string;
  if (h.yoyPct === null) yearOnYear = `year on year n/a (none ${oneYear ? 'in' : 'on'} ${samePeriod})`;
  else if (h.total === h.previous) yearOnYear = `level with ${samePeriod} (${integer.format(h.previous)})`;
  else {
    const direction = h.total > h.previous ? 'up' : 'down';
    yearOnYear = `${direction} ${Math.abs(h.yoyPct).toFixed(1)}% on ${samePeriod} (${integer.format(h.previous)})`;
  }
  const days = dayCount(h.period);
  const before = days === 1 ? 'the previous day' : `the previous ${plural(days, 'day')}`;
  const paragraph =
    `${periodText(h.period)}: ${plural(h.total, 'incident')}, ${yearOnYear}; ` +
    `against ${before} (${integer.format(h.previousPeriodTotal)}): ${signedPct(h.changePct)}.\n`;
  const codes = Object.keys(h.byCategory) as CategoryCode[];
  if (codes.length === 0) return paragraph;
  return `${paragraph}\n${categoryTable(h, codes)}`;
}

function categoryTable(h: Headline, codes: CategoryCode[]): string {
  const row = (name: string, c: CategoryHeadline): string[] => [
    name,
    integer.format(c.count),
    integer.format(c.previous),
    signedPct(c.yoyPct),
    integer.format(c.previousPeriodCount),
    signedPct(c.changePct),
  ];
  const rows = [
    ['category', 'count', 'a year earlier', 'yoy', 'period before', 'change'],
    // Keys are in the headline's order: the largest count first.
    ...codes.flatMap((code) => {
      const c = h.byCategory[code];
      return c === undefined ? [] : [row(code, c)];
    }),
    row('total', {
      count: h.total,
      previous: h.previous,
      yoyPct: h.yoyPct,
      previousPeriodCount: h.previousPeriodTotal,
      changePct: h.changePct,
    }),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map(
      (r) =>
        `${r
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
          .join('  ')
          .trimEnd()}\n`,
    )
    .join('');
}
