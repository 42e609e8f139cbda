import type { Breakdown } from '../../../shared/domain';
import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { ShareTable, type ShareRow } from './ShareTable';
import { severityName, words } from './reportText';

function shareRows(
  b: Breakdown,
  notGiven: string,
  others: string,
  name: (value: string) => string = (value) => value,
): ShareRow[] {
  const rows: ShareRow[] = b.rows.map((r) => ({
    key: `v:${r.key}`,
    label: r.key === '' ? notGiven : name(r.key),
    count: r.count,
    share: r.share,
  }));
  if (b.other > 0) {
    rows.push({ key: 'other', label: others, count: b.other, share: b.total === 0 ? 0 : b.other / b.total });
  }
  return rows;
}

/** Section 3: the period by region, sector and severity, and its most frequent targets. */
export function BreakdownSection({ figures, lang }: { figures: ReportFigures; lang: ReportLanguage }) {
  const w = words(lang);
  const notGiven = w('notGiven');
  const others = w('others');
  const common = { lang, countLabel: w('count'), shareLabel: w('share') };
  const top = figures.topAssets.rows.map((r) => ({
    key: r.value,
    label: r.value,
    count: r.count,
    share: r.share,
  }));
  return (
    <section className="report-section" aria-labelledby="report-breakdowns">
      <h2 id="report-breakdowns">{w('breakdowns')}</h2>
      <div className="report-columns">
        <ShareTable
          {...common}
          caption={w('region')}
          column={w('region')}
          rows={shareRows(figures.region, notGiven, others)}
          testId="report-region-table"
        />
        <ShareTable
          {...common}
          caption={w('sector')}
          column={w('sector')}
          rows={shareRows(figures.sector, notGiven, others)}
          testId="report-sector-table"
        />
      </div>
      <div className="report-columns">
        <ShareTable
          {...common}
          caption={w('severity')}
          column={w('severity')}
          rows={shareRows(figures.severity, notGiven, others, (value) => severityName(value, lang))}
          testId="report-severity-table"
        />
        <ShareTable
          {...common}
          caption={w('target')}
          column={w('target')}
          rows={top}
          testId="report-top-table"
        />
      </div>
    </section>
  );
}
