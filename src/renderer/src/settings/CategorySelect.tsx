import { useTranslation } from 'react-i18next';
import { categoryName } from '../../../shared/i18n/format';
import { CATEGORY_CODES, type CategoryCode } from '../../../shared/taxonomy';
import { useLanguage } from '../i18n/useLanguage';

interface Props {
  value: CategoryCode;
  onChange: (next: CategoryCode) => void;
  label: string;
  testId?: string;
  disabled?: boolean;
}

/** A category of the taxonomy, named in the window's language with its code beside it. */
export function CategorySelect({ value, onChange, label, testId, disabled = false }: Props) {
  const { language } = useLanguage();
  const { t } = useTranslation('settings');
  return (
    <select
      className="select"
      aria-label={label}
      value={value}
      disabled={disabled}
      data-testid={testId}
      onChange={(e) => {
        const next = CATEGORY_CODES.find((code) => code === e.target.value);
        if (next !== undefined) onChange(next);
      }}
    >
      {CATEGORY_CODES.map((code) => (
        <option key={code} value={code}>
          {t('labels.categoryOption', { name: categoryName(code, language), code })}
        </option>
      ))}
    </select>
  );
}
