import { useTranslation } from 'react-i18next';
import type { Headline } from '../../../shared/domain';
import { dayCount } from '../../../shared/period';
import { formatCount } from '../format/count';
import { headlineSentence } from '../format/headlineSentence';
import { periodText } from '../format/periodText';
import { ChangeValue } from './ChangeValue';
import { HeadlineFigure as Figure } from './HeadlineFigure';

/** The period's figures at a glance, and the sentence a briefing would use for them. */
export function HeadlinePanel({ headline: h }: { headline: Headline }) {
  const { t } = useTranslation('dashboard');
  const days = dayCount(h.previousPeriod);
  return (
    <section className="panel headline-panel" aria-labelledby="headline-title" data-testid="headline">
      <h2 className="visually-hidden" id="headline-title">
        {t('headline.title')}
      </h2>
      <p className="headline-sentence" data-testid="headline-sentence">
        {headlineSentence(h)}
      </p>
      <dl className="figures">
        <Figure label={t('headline.incidents')} detail={periodText(h.period)} testId="headline-total">
          {formatCount(h.total)}
        </Figure>
        <Figure
          label={t('headline.yearEarlier')}
          detail={periodText(h.comparison)}
          testId="headline-previous"
        >
          {formatCount(h.previous)}
        </Figure>
        <Figure label={t('headline.yoy')} detail={t('headline.yoyDetail')} testId="headline-yoy">
          <ChangeValue pct={h.yoyPct} />
        </Figure>
        <Figure
          label={t('headline.periodBefore')}
          detail={t('headline.periodBeforeDetail', {
            period: periodText(h.previousPeriod),
            days: t('days', { count: days }),
          })}
          testId="headline-previous-period"
        >
          {formatCount(h.previousPeriodTotal)}
        </Figure>
        <Figure label={t('headline.change')} detail={t('headline.changeDetail')} testId="headline-change">
          <ChangeValue pct={h.changePct} />
        </Figure>
      </dl>
    </section>
  );
}
