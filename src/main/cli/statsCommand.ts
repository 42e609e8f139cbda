// `vigil stats`: a period's headline figures, year on year and against the period just before.
import type { Headline } from '../../shared/domain';
import { formatNumber } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/message';
import { dayCount } from '../../shared/period';
import { periodText } from '../../shared/periodText';
import { headline, type HeadlineQuery } from '../analysis/headline';
import { openStore } from '../store/open';
import type { CliIo } from './io';
import type { RunLanguage } from './language';
import { categoryCodes, fromAfterTo, requireStore, requiredDate } from './optionChecks';
import { categoryTable, signedPct } from './statsTable';

export interface StatsOptions {
  storePath: string;
  json: boolean;
  from: string | undefined;
  to: string | undefined;
  categories: string[];
  timeZone: string | undefined;
  language: RunLanguage;
}

export function statsCommand(options: StatsOptions, io: CliIo): number {
  const query = statsQuery(options);
  requireStore(options.storePath);
  const db = openStore(options.storePath);
  try {
    options.language.adoptStore(db);
    const result = headline(db, query);
    io.stdout(
      options.json ? `${JSON.stringify(result, null, 2)}\n` : headlineText(result, options.language.language),
    );
    return 0;
  } finally {
    db.close();
  }
}

/** The options as a headline query, or an invalid_input fault naming the option that is wrong. */
function statsQuery(options: StatsOptions): HeadlineQuery {
  const from = requiredDate(options.from, '--from');
  const to = requiredDate(options.to, '--to');
  if (from > to) throw fromAfterTo(from, to);
  const categories = categoryCodes(options.categories);
  return { from, to, categories, timeZone: options.timeZone };
}

type YearOnYear = 'none' | 'level' | 'up' | 'down';

function yearOnYearText(h: Headline, language: Language): string {
  const t = translator(language);
  const year = h.comparison.from.slice(0, 4);
  // One calendar year compared reads "the same period of 2015"; across a new year, "the same dates".
  const samePeriod = year === h.comparison.to.slice(0, 4);
  const how: YearOnYear =
    h.yoyPct === null ? 'none' : h.total === h.previous ? 'level' : h.total > h.previous ? 'up' : 'down';
  const params = {
    year,
    previous: formatNumber(h.previous, language),
    pct: Math.abs(h.yoyPct ?? 0).toFixed(1),
  };
  return t(`cli:stats.yoy.${how}${samePeriod ? 'SamePeriod' : 'SameDates'}`, params);
}

/** The paragraph and the table `vigil stats` prints without --json. */
export function headlineText(h: Headline, language: Language = 'en'): string {
  const t = translator(language);
  const days = dayCount(h.period);
  const paragraph = `${t('cli:stats.sentence', {
    period: periodText(h.period, language),
    incidents: t('cli:stats.incidents', { count: h.total }),
    yearOnYear: yearOnYearText(h, language),
    before: days === 1 ? t('cli:stats.previousDay') : t('cli:stats.previousDays', { count: days }),
    previousTotal: formatNumber(h.previousPeriodTotal, language),
    change: signedPct(h.changePct, language),
  })}\n`;
  if (Object.keys(h.byCategory).length === 0) return paragraph;
  return `${paragraph}\n${categoryTable(h, language)}`;
}
