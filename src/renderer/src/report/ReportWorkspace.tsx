import { useState } from 'react';
import {
  DEFAULT_MARKING,
  DEFAULT_NOTABLE_LIMIT,
  type Letterhead,
  type Regeneration,
  type ReportFigures,
  type SavedReport,
} from '../../../shared/report';
import { STATS_TIME_ZONE, todayIn, type Period } from '../../../shared/period';
import { navigate } from '../app/navigate';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { useOperation } from '../hooks/useOperation';
import { ReportDocument } from './ReportDocument';
import type { ReportRoute } from './reportRoute';
import { words } from './reportText';
import { PrintButtons } from './PrintButtons';
import { RegenerationNotice } from './RegenerationNotice';
import { ReportToolbar, type ToolbarChoices } from './ReportToolbar';
import { useMarkingStyle } from './useMarkingStyle';

interface Props {
  route: ReportRoute;
  period: Period;
  saved: SavedReport | null;
  letterhead: Letterhead;
  onSaved: () => void;
}

function sameQuery(
  figures: ReportFigures,
  period: Period,
  categories: readonly string[],
  limit: number,
): boolean {
  const q = figures.query;
  return (
    q.from === period.from &&
    q.to === period.to &&
    q.notableLimit === limit &&
    q.categories.length === categories.length &&
    q.categories.every((c) => categories.includes(c))
  );
}

/**
 * One report being prepared: its choices (in the address), the analyst's text (here until saved) and
 * its figures: a saved report's own while its period and categories are unchanged (or those of a
 * regeneration), else counted live. Mounted afresh for each saved report, so its text starts as saved.
 */
export function ReportWorkspace({ route, period, saved, letterhead, onSaved }: Props) {
  const lang = route.lang ?? 'en';
  const paper = route.paper ?? 'a4';
  const marking = route.marking ?? DEFAULT_MARKING;
  const [title, setTitle] = useState(saved?.title ?? words(lang).defaultTitle);
  const [commentary, setCommentary] = useState(saved?.commentary ?? '');
  const [summary, setSummary] = useState<string | null>(saved?.summary ?? null);
  const [issued, setIssued] = useState(saved?.settings.issued || todayIn(STATS_TIME_ZONE, new Date()));
  const [notableLimit, setNotableLimit] = useState(saved?.settings.notableLimit ?? DEFAULT_NOTABLE_LIMIT);
  const [regeneration, setRegeneration] = useState<Regeneration | null>(null);
  const regenerate = useAction('reports.regenerate');
  const save = useAction('reports.save');
  useMarkingStyle(marking, lang);

  const own = regeneration?.figures ?? saved?.figures ?? null;
  const frozen = own !== null && sameQuery(own, period, route.categories, notableLimit) ? own : null;
  const live = useOperation(
    'report.figures',
    { from: period.from, to: period.to, categories: route.categories, notableLimit },
    frozen === null,
  );
  const figures = frozen ?? live.value;

  const choose = (next: Partial<ToolbarChoices>): void => {
    const p = next.period ?? period;
    navigate({
      ...route,
      from: p.from,
      to: p.to,
      categories: next.categories ?? route.categories,
      marking: next.marking ?? marking,
      paper: next.paper ?? paper,
      lang: next.lang ?? lang,
      ignored: [],
    });
  };

  const onSave = async (): Promise<void> => {
    const result = await save.run({
      ...(saved !== null ? { id: saved.id } : {}),
      draft: {
        title,
        from: period.from,
        to: period.to,
        categories: route.categories,
        marking,
        paper,
        language: lang,
        commentary,
        summary,
        settings: { organization: letterhead.organization, author: letterhead.author, issued, notableLimit },
      },
      refresh: regeneration !== null && !regeneration.diff.same,
    });
    if (!result.ok) return;
    setRegeneration(null);
    onSaved();
    if (saved === null) navigate({ ...route, id: result.value.id, ignored: [] });
  };

  const printed = summary ?? figures?.summaries[lang] ?? '';
  return (
    <>
      <ReportToolbar
        period={period}
        categories={route.categories}
        marking={marking}
        paper={paper}
        lang={lang}
        title={title}
        issued={issued}
        notableLimit={notableLimit}
        onChoices={choose}
        onTitle={setTitle}
        onIssued={setIssued}
        onNotableLimit={setNotableLimit}
      />
      <div className="report-actions screen-only">
        <PrintButtons paper={paper} fileName={`${title} ${period.from} to ${period.to}`} />
        <button
          type="button"
          className="button"
          data-testid="report-save"
          disabled={save.running || figures === null || title.trim() === ''}
          onClick={() => {
            void onSave();
          }}
        >
          {saved === null ? 'Save report' : 'Save changes'}
        </button>
        {saved !== null ? (
          <button
            type="button"
            className="button"
            data-testid="report-regenerate"
            disabled={regenerate.running}
            onClick={() => {
              void regenerate.run({ id: saved.id }).then((result) => {
                if (result.ok) setRegeneration(result.value);
              });
            }}
          >
            Regenerate
          </button>
        ) : null}
        {saved !== null ? (
          <span className="muted" data-testid="report-saved-note">
            Saved {saved.updatedAt.slice(0, 16).replace('T', ' ')} UTC
            {frozen !== null && regeneration === null ? ' · showing the figures as saved' : ''}
          </span>
        ) : null}
      </div>
      {route.ignored !== undefined && route.ignored.length > 0 ? (
        <p className="notice screen-only" data-testid="report-ignored">
          A report counts by period and category, from the daily counts: the filter{' '}
          {route.ignored.length === 1 ? 'parameter' : 'parameters'} {route.ignored.join(', ')} in the address{' '}
          {route.ignored.length === 1 ? 'is' : 'are'} not applied to its figures.
        </p>
      ) : null}
      {regeneration !== null ? <RegenerationNotice diff={regeneration.diff} /> : null}
      {save.error !== null ? <ErrorNotice error={save.error} context="The report was not saved." /> : null}
      {regenerate.error !== null ? (
        <ErrorNotice error={regenerate.error} context="The report could not be counted again." />
      ) : null}
      {live.error !== null && frozen === null ? (
        <ErrorNotice error={live.error} context="The report's figures could not be counted." />
      ) : null}
      {figures === null ? (
        <p className="muted loading">Counting the period…</p>
      ) : (
        <ReportDocument
          figures={figures}
          lang={lang}
          paper={paper}
          marking={marking}
          title={title}
          organization={saved?.settings.organization || letterhead.organization}
          author={saved?.settings.author || letterhead.author}
          logo={letterhead.logo}
          issued={issued}
          summary={printed}
          commentary={commentary}
          editing
          onSummary={setSummary}
          onCommentary={setCommentary}
        />
      )}
    </>
  );
}
