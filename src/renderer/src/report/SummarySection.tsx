import { useTranslation } from 'react-i18next';
import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { ReportChange } from './ReportChange';
import { currentLanguage } from '../i18n/instance';
import { countText, htmlLang, periodLabel, words } from './reportText';

interface Props {
  figures: ReportFigures;
  lang: ReportLanguage;
  /** The summary as it prints: the analyst's text, or the one written from the numbers. */
  summary: string;
  editing: boolean;
  onEdit: (text: string | null) => void;
}

/**
 * Section 1: the headline figures and the summary sentence, which the analyst may rewrite on screen.
 * The document speaks the report's language; the editing controls (screen only) the window's.
 */
export function SummarySection({ figures, lang, summary, editing, onEdit }: Props) {
  const { t } = useTranslation('report');
  const w = words(lang);
  const h = figures.headline;
  const generated = figures.summaries[lang];
  return (
    <section className="report-section" aria-labelledby="report-headline">
      <h2 id="report-headline">{w('headline')}</h2>
      <dl className="report-figures">
        <div>
          <dt>{w('incidents')}</dt>
          <dd data-testid="report-total">{countText(h.total, lang)}</dd>
          <dd className="report-figure-note">{periodLabel(h.period, lang)}</dd>
        </div>
        <div>
          <dt>{w('yearEarlier')}</dt>
          <dd data-testid="report-previous">{countText(h.previous, lang)}</dd>
          <dd className="report-figure-note">{periodLabel(h.comparison, lang)}</dd>
        </div>
        <div>
          <dt>{w('yoy')}</dt>
          <dd data-testid="report-yoy">
            <ReportChange pct={h.yoyPct} lang={lang} />
          </dd>
        </div>
        <div>
          <dt>{w('periodBefore')}</dt>
          <dd>{countText(h.previousPeriodTotal, lang)}</dd>
          <dd className="report-figure-note">{periodLabel(h.previousPeriod, lang)}</dd>
        </div>
        <div>
          <dt>{w('change')}</dt>
          <dd>
            <ReportChange pct={h.changePct} lang={lang} />
          </dd>
        </div>
      </dl>
      {editing ? (
        <div className="report-edit screen-only" lang={htmlLang(currentLanguage())}>
          <label className="report-edit-label" htmlFor="report-summary-input">
            {t('editor.summary')}
          </label>
          <textarea
            id="report-summary-input"
            className="report-textarea"
            data-testid="report-summary-input"
            lang={htmlLang(lang)}
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
              {t('editor.rewrite')}
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
