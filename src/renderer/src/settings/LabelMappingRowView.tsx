import { useTranslation } from 'react-i18next';
import type { LabelMapping } from '../../../shared/domain';
import type { CategoryCode } from '../../../shared/taxonomy';
import { CategorySelect } from './CategorySelect';

interface Props {
  mapping: LabelMapping;
  busy: boolean;
  onMap: (label: string, category: CategoryCode) => void;
  onRemove: (label: string) => void;
}

export function LabelMappingRowView({ mapping, busy, onMap, onRemove }: Props) {
  const { t } = useTranslation(['settings', 'common']);
  return (
    <tr data-testid="settings-label-row">
      <th scope="row" className="label-cell">
        {mapping.label}
      </th>
      <td>
        <CategorySelect
          value={mapping.category}
          label={t('labels.categoryFor', { label: mapping.label })}
          disabled={busy}
          onChange={(category) => {
            onMap(mapping.label, category);
          }}
        />
      </td>
      <td className="date-cell">{mapping.createdAt.slice(0, 10)}</td>
      <td>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-label={t('labels.removeLabel', { label: mapping.label })}
          onClick={() => {
            onRemove(mapping.label);
          }}
        >
          {t('common:actions.remove')}
        </button>
      </td>
    </tr>
  );
}
