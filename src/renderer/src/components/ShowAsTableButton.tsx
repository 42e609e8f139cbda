import { useTranslation } from 'react-i18next';

/** A chart panel's switch between its chart and the same numbers as a table. */
export function ShowAsTableButton({
  asTable,
  onToggle,
  testId,
}: {
  asTable: boolean;
  onToggle: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-small"
      aria-pressed={asTable}
      data-testid={testId}
      onClick={onToggle}
    >
      {asTable ? t('actions.showAsChart') : t('actions.showAsTable')}
    </button>
  );
}
