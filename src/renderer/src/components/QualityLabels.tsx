import type { LabelCount } from '../../../shared/domain';
import { UnknownLabelRow } from './UnknownLabelRow';

/**
 * The period's labels no category knows, each mappable here. A mapping re-categorizes the stored
 * incidents; the store then reports a change and every dashboard figure is read again.
 */
export function QualityLabels({ labels }: { labels: readonly LabelCount[] }) {
  return (
    <table className="data-table labels-table quality-labels" data-testid="quality-unknown-labels">
      <caption>
        Labels no category knows
        <span className="muted"> (mapping one re-categorizes every incident with it)</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Label as written</th>
          <th scope="col" className="num">
            Incidents
          </th>
          <th scope="col">Map to</th>
          <th scope="col">
            <span className="visually-hidden">Outcome</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label) => (
          <UnknownLabelRow key={label.label} label={label} />
        ))}
      </tbody>
    </table>
  );
}
