import type { Headline } from '../../../shared/domain';
import { dayCount } from '../../../shared/period';
import { countOf, formatCount } from '../format/count';
import { headlineSentence } from '../format/headlineSentence';
import { periodText } from '../format/periodText';
import { ChangeValue } from './ChangeValue';
import { HeadlineFigure as Figure } from './HeadlineFigure';

/** The period's figures at a glance, and the sentence a briefing would use for them. */
export function HeadlinePanel({ headline: h }: { headline: Headline }) {
  const days = dayCount(h.previousPeriod);
  return (
    <section className="panel headline-panel" aria-labelledby="headline-title" data-testid="headline">
      <h2 className="visually-hidden" id="headline-title">
        Headline figures
      </h2>
      <p className="headline-sentence" data-testid="headline-sentence">
        {headlineSentence(h)}
      </p>
      <dl className="figures">
        <Figure label="Incidents" detail={periodText(h.period)} testId="headline-total">
          {formatCount(h.total)}
        </Figure>
        <Figure label="A year earlier" detail={periodText(h.comparison)} testId="headline-previous">
          {formatCount(h.previous)}
        </Figure>
        <Figure label="Year on year" detail="against the same dates a year earlier" testId="headline-yoy">
          <ChangeValue pct={h.yoyPct} />
        </Figure>
        <Figure
          label="Period before"
          detail={`${periodText(h.previousPeriod)} (${countOf(days, 'day')})`}
          testId="headline-previous-period"
        >
          {formatCount(h.previousPeriodTotal)}
        </Figure>
        <Figure label="Change" detail="against the period before" testId="headline-change">
          <ChangeValue pct={h.changePct} />
        </Figure>
      </dl>
    </section>
  );
}
