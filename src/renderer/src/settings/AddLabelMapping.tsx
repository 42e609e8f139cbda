import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryCode } from '../../../shared/taxonomy';
import { CategorySelect } from './CategorySelect';

/** A new mapping: a label as sources write it, and the category it means. */
export function AddLabelMapping({
  busy,
  onAdd,
}: {
  busy: boolean;
  onAdd: (label: string, category: CategoryCode) => void;
}) {
  const { t } = useTranslation('settings');
  const [label, setLabel] = useState('');
  const [category, setCategory] = useState<CategoryCode>('phishing');
  const trimmed = label.trim();
  return (
    <form
      className="settings-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed === '') return;
        onAdd(trimmed, category);
        setLabel('');
      }}
    >
      <label className="inline-label" htmlFor="settings-new-label">
        {t('labels.newLabel')}
      </label>
      <input
        id="settings-new-label"
        className="text-input"
        maxLength={200}
        value={label}
        data-testid="settings-new-label"
        onChange={(e) => {
          setLabel(e.target.value);
        }}
      />
      <CategorySelect
        value={category}
        onChange={setCategory}
        label={t('labels.newCategory')}
        testId="settings-new-category"
      />
      <button
        type="submit"
        className="button"
        disabled={busy || trimmed === ''}
        data-testid="settings-new-map"
      >
        {t('labels.add')}
      </button>
    </form>
  );
}
