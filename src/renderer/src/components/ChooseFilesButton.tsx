import { useTranslation } from 'react-i18next';
import { useImports } from '../app/useImports';

/** Opens the file picker; the chosen files go to the import wizard, like dropped ones. */
export function ChooseFilesButton({ primary = false }: { primary?: boolean }) {
  const { t } = useTranslation('import');
  const { pickFiles } = useImports();
  return (
    <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={pickFiles}>
      {t('chooseFiles')}
    </button>
  );
}
