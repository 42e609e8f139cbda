import { useTranslation } from 'react-i18next';
import type { PreviewCell } from '../../../../shared/domain';
import type { ImportField } from '../../../../shared/fields';
import { messageText } from '../../../../shared/i18n/message';
import { isCategoryCode } from '../../../../shared/taxonomy';
import { currentLanguage } from '../../i18n/instance';
import { CategoryChip } from '../CategoryChip';

/** A sign beside each problem, for the eye; the hidden word before it is what is read out. */
const WARNING = '⚠';

/** The cell's problem in the window's language (in English from a main process that sent no message). */
function problemOf(cell: PreviewCell): string | undefined {
  if (cell.problemText !== undefined) return messageText(cell.problemText, currentLanguage());
  return cell.problem;
}

/**
 * One field of a preview row as it will be stored, with what is wrong with it written out under the
 * value (and in the title): a problem must be seen without hovering. Values are untrusted text.
 */
export function PreviewCellView({ field, cell }: { field: ImportField; cell: PreviewCell | undefined }) {
  const { t } = useTranslation('import');
  if (cell === undefined) return <td className="preview-cell" />;
  const problem = problemOf(cell);
  const title = problem === undefined ? cell.value : `${cell.value}\n${WARNING} ${problem}`;
  return (
    <td className={problem === undefined ? 'preview-cell' : 'preview-cell has-problem'} title={title}>
      <span className="preview-value">
        {field === 'category' && isCategoryCode(cell.value) ? (
          <CategoryChip category={cell.value} />
        ) : cell.value === '' ? (
          <span className="muted">–</span>
        ) : (
          cell.value
        )}
      </span>
      {problem === undefined ? null : (
        <span className="cell-problem">
          <span aria-hidden="true">{WARNING} </span>
          <span className="visually-hidden">{t('wizard.preview.problem')} </span>
          {problem}
        </span>
      )}
    </td>
  );
}
