import type { Period } from '../../../shared/period';
import { qualitySentence } from '../dashboard/qualitySentence';
import { formatCount } from '../format/count';
import { periodText } from '../format/periodText';
import { useDataQuality } from '../hooks/useDataQuality';
import { ErrorNotice } from './ErrorNotice';
import { HeadlineFigure as Figure } from './HeadlineFigure';
import { UnknownLabels } from './UnknownLabels';
import { QualityRejects } from './QualityRejects';
import { ShareValue as Share } from './ShareValue';

/**
 * How far the period's figures can be trusted: incidents without a category, a source or a region,
 * the labels behind the uncategorized ones (mappable here), and the rows imports rejected. It covers
 * every category whatever the filter: uncategorized incidents are what a category filter hides.
 */
export function DataQualityPanel({ period }: { period: Period }) {
  const quality = useDataQuality(period);
  const q = quality.value;
  let body;
  if (quality.error !== null) {
    body = <ErrorNotice error={quality.error} context="The data-quality figures could not be read." />;
  } else if (q === null) {
    body = <p className="muted loading">Checking the data…</p>;
  } else {
    body = (
      <>
        <p className="quality-sentence" data-testid="quality-sentence">
          {qualitySentence(q)}
        </p>
        <dl className="figures quality-figures">
          <Figure label="Incidents" detail={periodText(q.period)} testId="quality-total">
            {formatCount(q.total)}
          </Figure>
          <Figure
            label="Uncategorized"
            detail="no label, or one no category knows"
            testId="quality-uncategorized"
          >
            <Share value={q.uncategorized} />
          </Figure>
          <Figure label="Without source" detail="the export gave none" testId="quality-without-source">
            <Share value={q.withoutSource} />
          </Figure>
          <Figure label="Without region" detail="the export gave none" testId="quality-without-region">
            <Share value={q.withoutRegion} />
          </Figure>
        </dl>
        <div className="quality-grid">
          {q.unknownLabels.length > 0 ? (
            <UnknownLabels
              labels={q.unknownLabels}
              caption="Labels no category knows"
              className="quality-labels"
              testId="quality-unknown-labels"
            />
          ) : (
            <p className="muted">Every label in this period maps to a category.</p>
          )}
          <QualityRejects byImport={q.rejectedByImport} bySource={q.rejectedBySource} />
        </div>
      </>
    );
  }
  return (
    <section
      className="panel quality-panel"
      aria-labelledby="quality-title"
      aria-busy={quality.loading}
      data-testid="data-quality"
    >
      <header className="panel-head">
        <h2 className="panel-title" id="quality-title">
          Data quality
        </h2>
      </header>
      {body}
    </section>
  );
}
