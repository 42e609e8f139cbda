import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import type { TopDimension } from '../../../shared/topValues';
import { BreakdownChart } from '../charts/BreakdownChart';
import type { BreakdownBar } from '../dashboard/breakdownBars';
import { listText } from '../dashboard/dashboardText';
import { incidentsHref, topFilter } from '../dashboard/incidentsHref';
import { TOP_KEYS, topBars } from '../dashboard/topBars';
import { formatCount } from '../format/count';
import { periodText } from '../format/periodText';
import { TOP_LIMIT, useTopValues } from '../hooks/useTopValues';
import { BarsPanel, openAddress } from './BarsPanel';
import { BreakdownTable } from './BreakdownTable';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  by: TopDimension;
  period: Period;
  categories: readonly CategoryCode[];
}

/** A period's most frequent targets or attacking addresses, as bars or as a table. */
export function TopValuesPanel({ by, period, categories }: Props) {
  const { t } = useTranslation('dashboard');
  const top = useTopValues(period, by, categories);
  const value = top.value;
  const bars = useMemo(() => (value === null ? [] : topBars(value)), [value]);
  const title = t(`top.${TOP_KEYS[by]}.title`);
  const hrefFor = useCallback(
    (bar: BreakdownBar): string | null =>
      bar.key === null ? null : incidentsHref(categories, period, topFilter(by, bar.key)),
    [by, categories, period],
  );

  const body = (asTable: boolean) => {
    if (top.error !== null) {
      return <ErrorNotice error={top.error} context={t('top.readFailed', { title })} />;
    }
    if (value === null) return <p className="muted loading">{t('counting')}</p>;
    if (value.rows.length === 0) return <p className="muted">{t('top.none')}</p>;
    if (asTable) {
      return (
        <BreakdownTable
          bars={bars}
          total={value.total}
          dimensionName={t(`top.${TOP_KEYS[by]}.column`)}
          testId={`top-${by}-table`}
          totalLabel={t('top.allOfPeriod')}
          hrefFor={hrefFor}
        />
      );
    }
    const description = t('top.description', {
      title: t(`top.${TOP_KEYS[by]}.inline`),
      incidents: t('incidents', { count: value.total }),
      period: periodText(period),
      bars: listText(bars.map((b) => t('top.barItem', { label: b.label, n: formatCount(b.count) }))),
    });
    return (
      <BreakdownChart
        bars={bars}
        description={description}
        testId={`top-${by}-chart`}
        onBarClick={(bar) => {
          openAddress(hrefFor(bar));
        }}
      />
    );
  };

  return (
    <BarsPanel
      id={`top-${by}`}
      title={title}
      subtitle={t('breakdown.top', { n: String(TOP_LIMIT) })}
      loading={top.loading}
      foot={
        value !== null && !value.complete ? (
          <p className="panel-foot muted" data-testid={`top-${by}-incomplete`}>
            {t('top.incomplete')}
          </p>
        ) : null
      }
    >
      {body}
    </BarsPanel>
  );
}
