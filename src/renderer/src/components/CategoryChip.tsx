import { useTranslation } from 'react-i18next';
import { CATEGORIES, foldLabel, type CategoryCode } from '../../../shared/taxonomy';
import { currentLanguage } from '../i18n/instance';
import { CategorySwatch } from './CategorySwatch';

/**
 * A category as the table shows it: colour and name in the window's language; the name in the other
 * language and, when the source wrote something else, the label as written (untrusted text, shown
 * only as text) on hover.
 */
export function CategoryChip({ category, raw = '' }: { category: CategoryCode; raw?: string }) {
  const { t } = useTranslation('dashboard');
  const info = CATEGORIES[category];
  const zh = currentLanguage() === 'zh';
  const name = zh ? info.zh : info.en;
  const names = t('names', { first: name, second: zh ? info.en : info.zh });
  const asWritten =
    raw !== '' &&
    foldLabel(raw) !== foldLabel(info.en) &&
    foldLabel(raw) !== foldLabel(info.zh) &&
    foldLabel(raw) !== foldLabel(category);
  // The label as written goes on a line of its own under the names.
  const title = asWritten ? [names, t('categoryFilter.sourceLabel', { raw })].join('\n') : names;
  return (
    <span className="category-chip" title={title}>
      <CategorySwatch category={category} />
      <span className="category-name">{name}</span>
    </span>
  );
}
