import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  checked: boolean;
  name: string;
  onCheck: (checked: boolean) => void;
  onName: (name: string) => void;
}

/** "Save mapping as…": remembered for the next file whose header reads the same. */
export function SaveMappingControl({ checked, name, onCheck, onName }: Props) {
  const { t } = useTranslation('import');
  const checkId = useId();
  const nameId = useId();
  const hintId = useId();
  const missing = checked && name.trim() === '';
  return (
    <div className="save-mapping">
      <input
        id={checkId}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onCheck(event.currentTarget.checked);
        }}
      />
      <label htmlFor={checkId}>{t('wizard.save.label')}</label>
      <label htmlFor={nameId} className="visually-hidden">
        {t('wizard.save.name')}
      </label>
      <input
        id={nameId}
        type="text"
        className="text-input"
        maxLength={100}
        value={name}
        disabled={!checked}
        aria-describedby={hintId}
        aria-invalid={missing}
        onChange={(event) => {
          onName(event.currentTarget.value);
        }}
      />
      <span id={hintId} className={missing ? 'save-hint is-missing' : 'save-hint muted'}>
        {missing ? t('wizard.save.missing') : t('wizard.save.hint')}
      </span>
    </div>
  );
}
