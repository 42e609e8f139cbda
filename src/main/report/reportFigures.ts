// Every figure a report prints, counted in one read transaction: the headline, the trend, the
// breakdowns and top targets, data quality, notable incidents and alerts all come from the same
// snapshot of the store as the stamp that vouches for them, even while an import is writing.
import type { Database } from 'better-sqlite3';
import type { TrendGranularity } from '../../shared/domain';
import { dayCount, type Period } from '../../shared/period';
import type { ReportFigures, ReportQuery } from '../../shared/report';
import { breakdown } from '../analysis/breakdown';
import { dataQuality } from '../analysis/dataQuality';
import { headline } from '../analysis/headline';
import { topValues } from '../analysis/topValues';
import { trend } from '../analysis/trend';
import { storeTimeZone } from '../store/localDay';
import { datasetStamp } from './datasetStamp';
import { notableIncidents } from './notableIncidents';
import { periodAlerts } from './periodAlerts';
import { summaryChinese } from './summaryChinese';
import { summaryEnglish } from './summaryEnglish';
import { summaryFacts } from './summaryFacts';
import { vigilVersion } from './version';

/** Rows a printed breakdown lists; the rest are summed on one line. */
export const REPORT_BREAKDOWN_LIMIT = 10;

/** Buckets that read on a printed page: a few dozen bars at most. */
export function reportGranularity(period: Period): TrendGranularity {
  const days = dayCount(period);
  if (days <= 45) return 'day';
  if (days <= 120) return 'week';
  if (days <= 3 * 366) return 'month';
  return 'quarter';
}

export function reportFigures(db: Database, query: ReportQuery, now: () => Date): ReportFigures {
  const period: Period = { from: query.from, to: query.to };
  const categories = query.categories;
  const granularity = reportGranularity(period);
  // A deferred transaction that only reads: in WAL mode every statement in it sees one snapshot.
  return db
    .transaction((): ReportFigures => {
      const zone = storeTimeZone(db);
      const h = headline(db, { ...period, categories });
      const facts = summaryFacts(h, categories);
      const by = (dim: 'region' | 'sector' | 'severity') =>
        breakdown(db, { ...period, by: dim, categories, limit: REPORT_BREAKDOWN_LIMIT });
      return {
        query,
        headline: h,
        granularity,
        trend: trend(db, { ...period, granularity, by: 'category', categories }),
        region: by('region'),
        sector: by('sector'),
        severity: by('severity'),
        topAssets: topValues(db, { ...period, by: 'asset', categories, limit: REPORT_BREAKDOWN_LIMIT }),
        quality: dataQuality(db, period),
        notable: notableIncidents(db, period, categories, query.notableLimit, zone),
        alerts: periodAlerts(db, period, categories),
        stamp: datasetStamp(db, period, categories, {
          generatedAt: now().toISOString(),
          version: vigilVersion(),
          timeZone: zone,
        }),
        summaries: { en: summaryEnglish(facts), zh: summaryChinese(facts) },
      };
    })
    .deferred();
}
