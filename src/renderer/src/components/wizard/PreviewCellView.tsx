import type { PreviewCell } from '../../../../shared/domain';
import type { ImportField } from '../../../../shared/fields';
import { isCategoryCode } from '../../../../shared/taxonomy';
import { CategoryChip } from '../CategoryChip';

/**
 * One field of a preview row as it will be stored, with what is wrong with it written out under the
 * value (and in the title): a problem must be seen without hovering. Values are untrusted text.
 */
export function PreviewCellView({ field, cell }: { field: ImportField; cell: PreviewCell | undefined }) {
  if (cell === undefined) return <td className="preview-cell" />;
  const problem = cell.problem;
  return (
    <td
      className={problem === undefined ? 'preview-cell' : 'preview-cell has-problem'}
      title={problem === undefined ? cell.value : `${cell.value}\n⚠ ${problem}`}
    >
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
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">Problem: </span>
          {problem}
        </span>
      )}
    </td>
  );
}
