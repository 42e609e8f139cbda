import type { LabelCount } from '../../../shared/domain';
import { UnknownLabelRow } from './UnknownLabelRow';

/** The category labels of a file that no category knows: stored as uncategorized until mapped here. */
export function UnknownLabels({ labels, fileName }: { labels: readonly LabelCount[]; fileName: string }) {
  return (
    <table className="data-table labels-table">
      <caption>
        Labels of {fileName} that Vigil could not map to a category
        <span className="muted">
          {' '}
          (stored as uncategorized; mapping one re-categorizes every incident with it)
        </span>
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
