import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('dashboard');
  const quality = useDataQuality(period);
  const q = quality.value;
  let body;
  if (quality.error !== null) {
    body = <ErrorNotice error={quality.error} context={t('quality.readFailed')} />;
  } else if (q === null) {
    body = <p className="muted loading">{t('quality.checking')}</p>;
  } else {
    body = (
      <>
        <p className="quality-sentence" data-testid="quality-sentence">
          {qualitySentence(q)}
        </p>
        <dl className="figures quality-figures">
          <Figure label={t('quality.incidents')} detail={periodText(q.period)} testId="quality-total">
            {formatCount(q.total)}
          </Figure>
          <Figure
            label={t('quality.uncategorized')}
            detail={t('quality.uncategorizedDetail')}
            testId="quality-uncategorized"
          >
            <Share value={q.uncategorized} />
          </Figure>
          <Figure
            label={t('quality.withoutSource')}
            detail={t('quality.exportGaveNone')}
            testId="quality-without-source"
          >
            <Share value={q.withoutSource} />
          </Figure>
          <Figure
            label={t('quality.withoutRegion')}
            detail={t('quality.exportGaveNone')}
            testId="quality-without-region"
          >
            <Share value={q.withoutRegion} />
          </Figure>
        </dl>
        <div className="quality-grid">
          {q.unknownLabels.length > 0 ? (
            <UnknownLabels
              labels={q.unknownLabels}
              caption={t('quality.unknownLabels')}
              className="quality-labels"
              testId="quality-unknown-labels"
            />
          ) : (
            <p className="muted">{t('quality.allLabelsKnown')}</p>
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
          {t('quality.title')}
        </h2>
      </header>
      {body}
    </section>
  );
}
