import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
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
import { currentLanguage } from '../i18n/instance';
import { ReportActions } from './ReportActions';
import { ReportDocument } from './ReportDocument';
import type { ReportRoute } from './reportRoute';
import { words } from './reportText';
import { RegenerationNotice } from './RegenerationNotice';
import { ReportToolbar, type ToolbarChoices } from './ReportToolbar';
import { useMarkingStyle } from './useMarkingStyle';

interface Props {
  route: ReportRoute;
  period: Period;
  saved: SavedReport | null;
  letterhead: Letterhead;
  /** The marking a new report starts with (Settings). */
  defaultMarking: string;
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
 * The document speaks the report's language; everything around it the window's.
 */
export function ReportWorkspace({ route, period, saved, letterhead, defaultMarking, onSaved }: Props) {
  const { t } = useTranslation('report');
  const lang = route.lang ?? currentLanguage();
  const paper = route.paper ?? 'a4';
  const marking = route.marking ?? defaultMarking;
  const [title, setTitle] = useState(saved?.title ?? words(lang)('defaultTitle'));
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
    // A title still the default one follows the report into its new language.
    if (next.lang !== undefined && title === words(lang)('defaultTitle')) {
      setTitle(words(next.lang)('defaultTitle'));
    }
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
    if (saved === null) navigate({ ...route, id: result.value.id, lang, marking, ignored: [] });
  };

  const ignored = route.ignored ?? [];
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
      <ReportActions
        paper={paper}
        fileName={t('workspace.fileName', { title, from: period.from, to: period.to })}
        saved={saved}
        asSaved={frozen !== null && regeneration === null}
        canSave={figures !== null && title.trim() !== ''}
        saving={save.running}
        regenerating={regenerate.running}
        onSave={() => {
          void onSave();
        }}
        onRegenerate={() => {
          if (saved === null) return;
          void regenerate.run({ id: saved.id }).then((result) => {
            if (result.ok) setRegeneration(result.value);
          });
        }}
      />
      {ignored.length > 0 ? (
        <p className="notice screen-only" data-testid="report-ignored">
          {t('workspace.ignored', { count: ignored.length, names: ignored.join(', ') })}
        </p>
      ) : null}
      {regeneration !== null ? <RegenerationNotice diff={regeneration.diff} /> : null}
      {save.error !== null ? <ErrorNotice error={save.error} context={t('workspace.notSaved')} /> : null}
      {regenerate.error !== null ? (
        <ErrorNotice error={regenerate.error} context={t('workspace.notRecounted')} />
      ) : null}
      {live.error !== null && frozen === null ? (
        <ErrorNotice error={live.error} context={t('workspace.notCounted')} />
      ) : null}
      {figures === null ? (
        <p className="muted loading">{t('workspace.counting')}</p>
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
