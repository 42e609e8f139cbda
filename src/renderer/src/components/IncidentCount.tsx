import { formatCount } from '../format/count';
import { useStoreInfo } from '../hooks/useStoreInfo';

/** How many incidents the store holds; refreshed whenever an import finishes. */
export function IncidentCount() {
  const { value, error } = useStoreInfo();
  const count = value?.incidents;
  return (
    <div className="incident-count" title={error === null ? undefined : error.message}>
      <span className="incident-count-number" data-testid="incident-count">
        {count === undefined ? '–' : formatCount(count)}
      </span>{' '}
      <span className="incident-count-label">{count === 1 ? 'incident' : 'incidents'} stored</span>
    </div>
  );
}
