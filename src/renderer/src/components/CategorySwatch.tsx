import type { CategoryCode } from '../../../shared/taxonomy';
import { CATEGORY_COLORS } from '../charts/palette';

/** The category's colour as a small square; decorative, the name always stands beside it. */
export function CategorySwatch({ category }: { category: CategoryCode }) {
  return (
    <span className="swatch" style={{ backgroundColor: CATEGORY_COLORS[category] }} aria-hidden="true" />
  );
}
