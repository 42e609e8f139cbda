import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelCount } from '../../../shared/domain';
import { categoryName } from '../../../shared/i18n/format';
import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';
import { errorText } from '../format/errorText';
import { formatCount } from '../format/count';
import { useAction } from '../hooks/useAction';
import { currentLanguage } from '../i18n/instance';

/** Codes a label can be mapped to; 'uncategorized' is where unknown labels already are. */
const TARGETS = CATEGORY_CODES.filter((code) => code !== 'uncategorized');

/** A label no category knows, and a way to give it one (stored incidents and later imports follow). */
export function UnknownLabelRow({ label }: { label: LabelCount }) {
  const { t } = useTranslation('import');
  const selectId = useId();
  const [category, setCategory] = useState<CategoryCode | ''>('');
  const mapLabel = useAction('labels.map');
  const language = currentLanguage();
  // Labels come in both languages: each category is offered by its name in the window's language, and
  // in the other one after it.
  const other = language === 'zh' ? 'en' : 'zh';
  return (
    <tr data-testid="unknown-label">
      <th scope="row" className="row-head label-text" title={label.label}>
        {label.label}
      </th>
      <td className="num">{formatCount(label.count)}</td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          {t('labels.categoryFor', { label: label.label })}
        </label>
        <select
          id={selectId}
          className="select"
          value={category}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setCategory(isCategoryCode(value) ? value : '');
          }}
        >
          <option value="">{t('labels.choose')}</option>
          {TARGETS.map((code) => (
            <option key={code} value={code}>
              {t('labels.option', {
                name: categoryName(code, language),
                other: categoryName(code, other),
              })}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button button-small"
          disabled={category === '' || mapLabel.running}
          onClick={() => {
            if (category !== '') void mapLabel.run({ label: label.label, category });
          }}
        >
          {mapLabel.running ? t('labels.mapping') : t('labels.map')}
        </button>
      </td>
      <td className="label-outcome" aria-live="polite">
        {mapLabel.value !== null
          ? t('labels.recategorized', { count: mapLabel.value.recategorized })
          : mapLabel.error !== null
            ? t('labels.notMapped', { error: errorText(mapLabel.error) })
            : ''}
      </td>
    </tr>
  );
}
