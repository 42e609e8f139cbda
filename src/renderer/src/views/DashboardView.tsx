// The dashboard: a period's headline figures (year on year and against the period before), the same
// per category, and the trend per day, week, month or quarter by one dimension with the year before
// drawn beside it; below, the period by severity, region, sector and source, and how far its data can
// be trusted. The period, the categories and the trend's choices are all in the address. A category
// clicked in the trend or the category table joins the filter (cross-filtering), so every panel
// narrows to it at once.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownDimension, TrendDimension, TrendGranularity } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import { TOP_DIMENSIONS } from '../../../shared/topValues';
import { isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';
import { navigate } from '../app/navigate';
import { DEFAULT_TREND_DIMENSION, type DashboardRoute } from '../app/route';
import { BreakdownPanel } from '../components/BreakdownPanel';
import { CategoryChangeTable } from '../components/CategoryChangeTable';
import { CategoryFilter } from '../components/CategoryFilter';
import { ChooseFilesButton } from '../components/ChooseFilesButton';
import { EmptyState } from '../components/EmptyState';
import { DataQualityPanel } from '../components/DataQualityPanel';
import { ErrorNotice } from '../components/ErrorNotice';
import { HeadlinePanel } from '../components/HeadlinePanel';
import { IncidentsLink } from '../components/IncidentsLink';
import { LoadSampleButton } from '../components/LoadSampleButton';
import { PeriodBar } from '../components/PeriodBar';
import { TimeZoneSetting } from '../components/TimeZoneSetting';
import { TopValuesPanel } from '../components/TopValuesPanel';
import { TrendPanel } from '../components/TrendPanel';
import { autoGranularity, defaultPeriod } from '../dashboard/periodChoice';
import { toggleCategory } from '../dashboard/toggleCategory';
import { useCategoryTotals } from '../hooks/useCategoryTotals';
import { useDataRange } from '../hooks/useDataRange';
import { useHeadline } from '../hooks/useHeadline';
import { useToday } from '../hooks/useToday';
import { useWorkstationZone } from '../hooks/useWorkstationZone';
import { useTrend } from '../hooks/useTrend';

/** Category has its own table above; these four each get a panel of bars. */
const BREAKDOWNS: readonly BreakdownDimension[] = ['severity', 'region', 'sector', 'source'];

export function DashboardView({ route }: { route: DashboardRoute }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const zone = useWorkstationZone();
  const today = useToday(zone);
  const range = useDataRange();
  const { totals: storeTotals } = useCategoryTotals();
  const lastDay = range.value?.last ?? null;
  // Without dates in the address the default period needs the store's last day: wait for it rather
  // than count a period that is about to change.
  const period: Period | null =
    route.from !== undefined && route.to !== undefined
      ? { from: route.from, to: route.to }
      : range.value === null
        ? null
        : defaultPeriod(lastDay, today);
  const by: TrendDimension = route.by ?? DEFAULT_TREND_DIMENSION;
  const granularity: TrendGranularity | null =
    route.granularity ?? (period === null ? null : autoGranularity(period));
  const headline = useHeadline(period, route.categories);
  const trend = useTrend(period, { by, granularity: granularity ?? 'month' }, route.categories);

  const toggle = useCallback(
    (category: CategoryCode) => {
      navigate({ ...route, categories: toggleCategory(route.categories, category) });
    },
    [route],
  );
  const onTrendCategory = useCallback(
    (key: string) => {
      if (isCategoryCode(key)) toggle(key);
    },
    [toggle],
  );

  const error = range.error ?? headline.error ?? trend.error;
  const empty = range.value !== null && range.value.last === null;

  let body;
  if (empty) {
    body = (
      <EmptyState title={t('view.emptyTitle')}>
        <p>{t('view.emptyWhat')}</p>
        <p>{t('view.emptyHow')}</p>
        <div className="empty-actions">
          <ChooseFilesButton primary />
          <LoadSampleButton />
        </div>
      </EmptyState>
    );
  } else if (period === null || headline.value === null || trend.value === null || granularity === null) {
    body = error !== null ? null : <p className="muted loading">{t('view.counting')}</p>;
  } else {
    body = (
      <>
        <PeriodBar
          period={period}
          today={today}
          firstDay={range.value?.first ?? null}
          lastDay={lastDay}
          onChange={(next) => {
            navigate({ ...route, from: next.from, to: next.to });
          }}
        />
        <HeadlinePanel headline={headline.value} />
        <div className="dashboard-grid">
          <TrendPanel
            zone={zone}
            trend={trend.value}
            by={by}
            granularity={granularity}
            onChange={(choice) => {
              navigate({ ...route, ...choice });
            }}
            onCategoryClick={onTrendCategory}
          />
          <section className="panel totals-panel" aria-label={t('view.byCategory')}>
            <CategoryChangeTable headline={headline.value} selected={route.categories} onToggle={toggle} />
            <p className="panel-foot">
              <IncidentsLink categories={route.categories} period={period} />
            </p>
          </section>
        </div>
        <div className="breakdown-grid">
          {BREAKDOWNS.map((by) => (
            <BreakdownPanel key={by} by={by} period={period} categories={route.categories} />
          ))}
          {TOP_DIMENSIONS.map((by) => (
            <TopValuesPanel key={by} by={by} period={period} categories={route.categories} />
          ))}
        </div>
        <DataQualityPanel period={period} />
      </>
    );
  }

  return (
    <section className="view" aria-labelledby="dashboard-title" aria-busy={headline.loading || trend.loading}>
      <header className="view-head">
        <h1 id="dashboard-title">{t('common:nav.dashboard')}</h1>
        {empty ? null : <TimeZoneSetting zone={zone} />}
      </header>
      {empty ? null : (
        <CategoryFilter
          selected={route.categories}
          totals={storeTotals}
          onChange={(next) => {
            navigate({ ...route, categories: next });
          }}
        />
      )}
      {error !== null ? <ErrorNotice error={error} context={t('view.readFailed')} /> : null}
      {body}
    </section>
  );
}
