import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { shareText, words } from './reportText';

interface Props {
  figures: ReportFigures;
  lang: ReportLanguage;
  commentary: string;
  editing: boolean;
  onCommentary: (text: string) => void;
}

/** Section 6: how far the figures can be trusted, and the analyst's commentary. */
export function QualitySection({ figures, lang, commentary, editing, onCommentary }: Props) {
  const w = words(lang);
  const q = figures.quality;
  const rejected = q.rejectedByImport.reduce((sum, i) => sum + i.rejected, 0);
  const line = (what: string, part: { count: number; share: number }): string =>
    w('qualityLine', { what, n: part.count, share: shareText(part.share, lang) });
  return (
    <section className="report-section" aria-labelledby="report-quality">
      <h2 id="report-quality">{w('quality')}</h2>
      <ul className="report-quality-list" data-testid="report-quality">
        <li>{line(w('uncategorized'), q.uncategorized)}</li>
        <li>{line(w('withoutRegion'), q.withoutRegion)}</li>
        <li>{line(w('withoutSource'), q.withoutSource)}</li>
        <li>{w('rejectedLine', { what: w('rejected'), n: rejected })}</li>
      </ul>
      <h3 id="report-commentary-heading">{w('commentary')}</h3>
      {editing ? (
        <textarea
          className="report-textarea screen-only"
          data-testid="report-commentary-input"
          aria-labelledby="report-commentary-heading"
          rows={6}
          value={commentary}
          onChange={(e) => {
            onCommentary(e.target.value);
          }}
        />
      ) : null}
      <p
        className={editing ? 'report-commentary print-only' : 'report-commentary'}
        data-testid="report-commentary"
      >
        {commentary.trim() === '' ? w('noCommentary') : commentary}
      </p>
    </section>
  );
}
