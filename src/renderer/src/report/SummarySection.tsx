import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { ChangeValue } from '../components/ChangeValue';
import { formatCount } from '../format/count';
import { periodLabel, words } from './reportText';

interface Props {
  figures: ReportFigures;
  lang: ReportLanguage;
  /** The summary as it prints: the analyst's text, or the one written from the numbers. */
  summary: string;
  editing: boolean;
  onEdit: (text: string | null) => void;
}

/** Section 1: the headline figures and the summary sentence, which the analyst may rewrite on screen. */
export function SummarySection({ figures, lang, summary, editing, onEdit }: Props) {
  const w = words(lang);
  const h = figures.headline;
  const generated = figures.summaries[lang];
  return (
    <section className="report-section" aria-labelledby="report-headline">
      <h2 id="report-headline">{w.headline}</h2>
      <dl className="report-figures">
        <div>
          <dt>{w.incidents}</dt>
          <dd data-testid="report-total">{formatCount(h.total)}</dd>
          <dd className="report-figure-note">{periodLabel(h.period, lang)}</dd>
        </div>
        <div>
          <dt>{w.yearEarlier}</dt>
          <dd data-testid="report-previous">{formatCount(h.previous)}</dd>
          <dd className="report-figure-note">{periodLabel(h.comparison, lang)}</dd>
        </div>
        <div>
          <dt>{w.yoy}</dt>
          <dd data-testid="report-yoy">
            <ChangeValue pct={h.yoyPct} />
          </dd>
        </div>
        <div>
          <dt>{w.periodBefore}</dt>
          <dd>{formatCount(h.previousPeriodTotal)}</dd>
          <dd className="report-figure-note">{periodLabel(h.previousPeriod, lang)}</dd>
        </div>
        <div>
          <dt>{w.change}</dt>
          <dd>
            <ChangeValue pct={h.changePct} />
          </dd>
        </div>
      </dl>
      {editing ? (
        <div className="report-edit screen-only">
          <label className="report-edit-label" htmlFor="report-summary-input">
            Summary (edit before printing)
          </label>
          <textarea
            id="report-summary-input"
            className="report-textarea"
            data-testid="report-summary-input"
            rows={4}
            value={summary}
            onChange={(e) => {
              onEdit(e.target.value);
            }}
          />
          {summary !== generated ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                onEdit(null);
              }}
            >
              Write it again from the numbers
            </button>
          ) : null}
        </div>
      ) : null}
      <p className={editing ? 'report-summary print-only' : 'report-summary'} data-testid="report-summary">
        {summary}
      </p>
    </section>
  );
}
