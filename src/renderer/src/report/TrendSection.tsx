import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trend } from '../../../shared/domain';
import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { isCategoryCode } from '../../../shared/taxonomy';
import { TrendChart } from '../charts/TrendChart';
import { toTrendSeries, type TrendSeriesView } from '../charts/trendSeries';
import { currentLanguage } from '../i18n/instance';
import { CategoryTable } from './CategoryTable';
import { bucketName, categoryName, htmlLang, periodLabel, words } from './reportText';
import { TrendNumbers } from './TrendNumbers';

/** The trend as the chart draws it, its categories named in the report's language. */
function reportSeries(trend: Trend, lang: ReportLanguage): TrendSeriesView {
  const view = toTrendSeries(trend, lang);
  return {
    ...view,
    series: view.series.map((s) =>
      s.key !== null && isCategoryCode(s.key) ? { ...s, label: categoryName(s.key, lang) } : s,
    ),
  };
}

/**
 * Section 2: the trend with the year before drawn beside it, and the table of categories. The chart's
 * numbers are a table too, shown on request (then printed with it).
 */
export function TrendSection({ figures, lang }: { figures: ReportFigures; lang: ReportLanguage }) {
  const { t } = useTranslation('report');
  const [numbers, setNumbers] = useState(false);
  const w = words(lang);
  const h = figures.headline;
  const trend = figures.trend;
  const view = useMemo(() => reportSeries(trend, lang), [trend, lang]);
  const bucket = bucketName(figures.granularity, lang);
  const caption = w('trendCaption', { bucket });
  const description = w('trendDescription', {
    caption,
    period: periodLabel(h.period, lang),
    series: view.series.map((s) => w('trendSeries', { name: s.label, n: s.total })).join(w('trendSeparator')),
  });
  return (
    <section className="report-section" aria-labelledby="report-trend">
      <h2 id="report-trend">{w('trend')}</h2>
      <figure className="report-chart">
        <TrendChart view={view} axisTitle={bucket} description={description} language={lang} />
        <figcaption>{caption}</figcaption>
      </figure>
      <p className="report-chart-actions screen-only" lang={htmlLang(currentLanguage())}>
        <button
          type="button"
          className="button button-small"
          aria-expanded={numbers}
          aria-controls="report-trend-numbers"
          data-testid="report-trend-numbers-toggle"
          onClick={() => {
            setNumbers((shown) => !shown);
          }}
        >
          {numbers ? t('editor.hideTable') : t('editor.showTable')}
        </button>
      </p>
      <div id="report-trend-numbers">
        {numbers ? <TrendNumbers view={view} granularity={figures.granularity} lang={lang} /> : null}
      </div>
      <CategoryTable figures={figures} lang={lang} />
    </section>
  );
}
