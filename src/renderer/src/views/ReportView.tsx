// The Report view: a briefing for a period, laid out as the document it prints as (A4 or Letter,
// the marking and "page X of Y" on every page), with the controls to choose what it covers, write
// its summary and commentary, save it, reopen, copy it for the next period and regenerate it. The
// period, categories, marking, paper and language are in the address; a saved report is `id=`.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../shared/period';
import { DEFAULT_MARKING } from '../../../shared/report';
import { replaceRoute } from '../app/navigate';
import type { ReportRoute } from '../app/route';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { LoadSampleButton } from '../components/LoadSampleButton';
import { useDataRange } from '../hooks/useDataRange';
import { useOperation } from '../hooks/useOperation';
import { LetterheadForm } from '../report/LetterheadForm';
import { ReportWorkspace } from '../report/ReportWorkspace';
import { SavedReportsPanel } from '../report/SavedReportsPanel';

export function ReportView({ route }: { route: ReportRoute }) {
  const { t } = useTranslation('report');
  const range = useDataRange();
  // A new report starts with the workstation's default marking; one that cannot be read is no reason
  // not to report, so TLP:AMBER stands in.
  const settings = useOperation('settings.get', {});
  const settled = settings.value !== null || settings.error !== null;
  const defaultMarking = settings.value?.defaultMarking ?? DEFAULT_MARKING;
  const list = useOperation('reports.list', {});
  const letterhead = useOperation('reports.letterhead', {});
  const saved = useOperation('reports.get', { id: route.id ?? 0 }, route.id !== undefined);
  const savedReport = route.id !== undefined && saved.value?.id === route.id ? saved.value : null;
  const last = range.value?.last ?? null;

  // Complete the address: a saved report's own choices, or the year of the store's last day so far.
  useEffect(() => {
    if (route.from !== undefined) return;
    if (savedReport !== null) {
      replaceRoute({
        ...route,
        from: savedReport.from,
        to: savedReport.to,
        categories: savedReport.categories,
        marking: savedReport.marking,
        paper: savedReport.paper,
        lang: savedReport.language,
      });
    } else if (route.id === undefined && last !== null) {
      replaceRoute({ ...route, from: `${last.slice(0, 4)}-01-01`, to: last });
    }
  }, [route, savedReport, last]);

  const period: Period | null =
    route.from !== undefined && route.to !== undefined ? { from: route.from, to: route.to } : null;
  const empty = range.value !== null && last === null && route.from === undefined;
  const error = range.error ?? list.error ?? letterhead.error ?? saved.error;

  let body;
  if (empty) {
    body = (
      <EmptyState title={t('view.emptyTitle')}>
        <p>{t('view.emptyText')}</p>
        <div className="empty-actions">
          <LoadSampleButton />
        </div>
      </EmptyState>
    );
  } else if (
    period === null ||
    letterhead.value === null ||
    !settled ||
    (route.id !== undefined && savedReport === null)
  ) {
    body = error !== null ? null : <p className="muted loading">{t('view.preparing')}</p>;
  } else {
    body = (
      <ReportWorkspace
        key={savedReport === null ? 'new' : `${String(savedReport.id)}@${savedReport.updatedAt}`}
        route={route}
        period={period}
        saved={savedReport}
        letterhead={letterhead.value}
        defaultMarking={defaultMarking}
        onSaved={() => {
          list.reload();
          saved.reload();
        }}
      />
    );
  }

  return (
    <section className="view report-view" aria-labelledby="report-view-title" data-testid="report-view">
      <header className="view-head screen-only">
        <h1 id="report-view-title">{t('view.title')}</h1>
      </header>
      {error !== null ? <ErrorNotice error={error} context={t('view.notPrepared')} /> : null}
      {letterhead.value !== null ? (
        <LetterheadForm
          key={`${letterhead.value.organization}|${letterhead.value.author}|${String(letterhead.value.logo?.length ?? 0)}`}
          letterhead={letterhead.value}
          onSaved={letterhead.reload}
        />
      ) : null}
      <SavedReportsPanel rows={list.value?.rows ?? []} currentId={route.id} onChanged={list.reload} />
      {body}
    </section>
  );
}
