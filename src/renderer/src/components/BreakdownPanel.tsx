import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownDimension } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import { BreakdownChart } from '../charts/BreakdownChart';
import { breakdownBars, type BreakdownBar } from '../dashboard/breakdownBars';
import { listText } from '../dashboard/dashboardText';
import { breakdownFilter, incidentsHref } from '../dashboard/incidentsHref';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';
import { periodText } from '../format/periodText';
import { BREAKDOWN_LIMIT, useBreakdown } from '../hooks/useBreakdown';
import { BarsPanel, openAddress } from './BarsPanel';
import { BreakdownTable } from './BreakdownTable';
import { ErrorNotice } from './ErrorNotice';
import { IncidentsLink } from './IncidentsLink';

interface Props {
  by: BreakdownDimension;
  period: Period;
  categories: readonly CategoryCode[];
}

/** A period's incidents by one dimension: the top values as bars or as a table. */
export function BreakdownPanel({ by, period, categories }: Props) {
  const { t } = useTranslation('dashboard');
  const breakdown = useBreakdown(period, by, categories);
  const value = breakdown.value;
  const bars = useMemo(() => (value === null ? [] : breakdownBars(value)), [value]);
  const name = t(`dimension.${by}`);
  const inline = t(`dimensionInline.${by}`);
  const hrefFor = useCallback(
    (bar: BreakdownBar): string | null => {
      const narrow = bar.key === null ? null : breakdownFilter(by, bar.key);
      return narrow === null ? null : incidentsHref(categories, period, narrow);
    },
    [by, categories, period],
  );

  const body = (asTable: boolean) => {
    if (breakdown.error !== null) {
      return (
        <ErrorNotice error={breakdown.error} context={t('breakdown.readFailed', { dimension: inline })} />
      );
    }
    if (value === null) return <p className="muted loading">{t('counting')}</p>;
    if (value.total === 0) return <p className="muted">{t('noIncidents')}</p>;
    if (asTable) {
      return (
        <BreakdownTable
          bars={bars}
          total={value.total}
          dimensionName={name}
          testId={`breakdown-${by}-table`}
          hrefFor={hrefFor}
        />
      );
    }
    const description = t('breakdown.description', {
      incidents: t('incidents', { count: value.total }),
      period: periodText(period),
      dimension: inline,
      bars: listText(
        bars.map((b) =>
          t('breakdown.barItem', { label: b.label, n: formatCount(b.count), share: sharePct(b.share) }),
        ),
      ),
    });
    return (
      <BreakdownChart
        bars={bars}
        description={description}
        testId={`breakdown-${by}-chart`}
        onBarClick={(bar) => {
          openAddress(hrefFor(bar));
        }}
      />
    );
  };

  return (
    <BarsPanel
      id={`breakdown-${by}`}
      title={t('breakdown.title', { dimension: inline })}
      subtitle={t('breakdown.top', { n: String(BREAKDOWN_LIMIT) })}
      loading={breakdown.loading}
      foot={
        <p className="panel-foot">
          <IncidentsLink categories={categories} period={period} />
        </p>
      }
    >
      {body}
    </BarsPanel>
  );
}
