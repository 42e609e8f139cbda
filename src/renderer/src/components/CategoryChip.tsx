import { CATEGORIES, foldLabel, type CategoryCode } from '../../../shared/taxonomy';
import { CategorySwatch } from './CategorySwatch';

/**
 * A category as the table shows it: colour and English name; the Chinese name and, when the source
 * wrote something else, the label as written (untrusted text, shown only as text) on hover.
 */
export function CategoryChip({ category, raw = '' }: { category: CategoryCode; raw?: string }) {
  const info = CATEGORIES[category];
  const names = `${info.en} · ${info.zh}`;
  const asWritten =
    raw !== '' && foldLabel(raw) !== foldLabel(info.en) && foldLabel(raw) !== foldLabel(category);
  return (
    <span className="category-chip" title={asWritten ? `${names}\nSource label: ${raw}` : names}>
      <CategorySwatch category={category} />
      <span className="category-name">{info.en}</span>
    </span>
  );
}
