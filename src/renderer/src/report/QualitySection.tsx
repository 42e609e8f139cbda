import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';
import { words } from './reportText';

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
  return (
    <section className="report-section" aria-labelledby="report-quality">
      <h2 id="report-quality">{w.quality}</h2>
      <ul className="report-quality-list" data-testid="report-quality">
        <li>
          {w.uncategorized}: {formatCount(q.uncategorized.count)} ({sharePct(q.uncategorized.share)})
        </li>
        <li>
          {w.withoutRegion}: {formatCount(q.withoutRegion.count)} ({sharePct(q.withoutRegion.share)})
        </li>
        <li>
          {w.withoutSource}: {formatCount(q.withoutSource.count)} ({sharePct(q.withoutSource.share)})
        </li>
        <li>
          {w.rejected}: {formatCount(rejected)}
        </li>
      </ul>
      <h3>{w.commentary}</h3>
      {editing ? (
        <textarea
          className="report-textarea screen-only"
          data-testid="report-commentary-input"
          aria-label={w.commentary}
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
        {commentary.trim() === '' ? w.noCommentary : commentary}
      </p>
    </section>
  );
}
