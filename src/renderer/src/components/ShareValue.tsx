import type { CountShare } from '../../../shared/domain';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';

/** A share of the period with its count beside it: "3.2% (1,204)". */
export function ShareValue({ value }: { value: CountShare }) {
  return (
    <>
      {sharePct(value.share)} <span className="quality-count">({formatCount(value.count)})</span>
    </>
  );
}
