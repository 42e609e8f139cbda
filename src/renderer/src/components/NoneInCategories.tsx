import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

interface Props {
  /** A sentence on what was looked at, where the view has one to give. */
  detail?: string;
  onShowAll: () => void;
}

/** The state of a view whose category filter matches nothing, with the way out. */
export function NoneInCategories({ detail, onShowAll }: Props) {
  const { t } = useTranslation('dashboard');
  return (
    <EmptyState title={t('noneInCategories.title')}>
      {detail === undefined ? null : <p>{detail}</p>}
      <button type="button" className="button" onClick={onShowAll}>
        {t('noneInCategories.showAll')}
      </button>
    </EmptyState>
  );
}
