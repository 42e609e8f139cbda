// Triage: status, severity and category (applied together), tags added or removed, notes. For one
// incident (the detail pane) the controls start at its values and only what differs is sent; for a
// pick of rows or the whole filtered set they start at "keep" and each change is one batch to undo.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../shared/domain';
import type { InputOf } from '../../../shared/contract';
import { categoryName } from '../../../shared/i18n/format';
import { CATEGORY_CODES, type CategoryCode } from '../../../shared/taxonomy';
import { errorText } from '../format/errorText';
import { currentLanguage } from '../i18n/instance';
import { useAction } from '../hooks/useAction';
import { statusWord } from './codeWords';
import { facetLabel } from './facetLabels';
import { SEVERITY_VALUES } from './hashCodec';
import type { UpdateTarget } from './selection';
import { TagEditor } from './TagEditor';
import { TriageSelect } from './TriageSelect';

const KEEP = '\u0000keep';

type Edit = InputOf<'incidents.update'>['edit'];

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((item) => item === value);
}

export interface TriageValues {
  status: string;
  severity: string;
  category: CategoryCode;
  tags: string[];
  notes: string;
}

export interface AppliedChange {
  batchId: number | null;
  changed: number;
}

interface Props {
  target: UpdateTarget;
  /** Incidents the target covers, for the buttons' wording. */
  count: number;
  /** The incident's values (detail pane); null for many incidents at once. */
  current: TriageValues | null;
  readOnly: boolean;
  onApplied: (change: AppliedChange) => void;
}

export function TriageForm({ target, count, current, readOnly, onApplied }: Props) {
  const { t } = useTranslation(['incidents', 'common']);
  const update = useAction('incidents.update');
  const [status, setStatus] = useState(current?.status ?? KEEP);
  const [severity, setSeverity] = useState(current?.severity ?? KEEP);
  const [category, setCategory] = useState<string>(current?.category ?? KEEP);
  const [notes, setNotes] = useState(current?.notes ?? '');
  const id = useId();
  const language = currentLanguage();
  const many = current === null;

  const apply = (edit: Edit): void => {
    void update.run({ target, edit }).then((result) => {
      if (result.ok) onApplied(result.value);
    });
  };

  const nextStatus = status === current?.status ? undefined : oneOf(STATUSES, status);
  const nextSeverity = severity === current?.severity ? undefined : oneOf(SEVERITY_VALUES, severity);
  const nextCategory = category === current?.category ? undefined : oneOf(CATEGORY_CODES, category);
  const fields: Edit = {
    ...(nextStatus === undefined ? {} : { status: nextStatus }),
    ...(nextSeverity === undefined ? {} : { severity: nextSeverity }),
    ...(nextCategory === undefined ? {} : { category: nextCategory }),
  };
  const changed = Object.keys(fields).length > 0;
  const disabled = readOnly || update.running;
  const keepOption = many ? <option value={KEEP}>{t('triage.keep')}</option> : null;

  return (
    <div className="triage-form" data-testid={many ? 'bulk-triage' : 'pane-triage'}>
      <form
        className="triage-fields"
        onSubmit={(event) => {
          event.preventDefault();
          if (changed) apply(fields);
        }}
      >
        <TriageSelect
          label={t('triage.status')}
          value={status}
          disabled={disabled}
          testId="triage-status"
          keepOption={keepOption}
          options={STATUSES.map((s) => ({ value: s, label: statusWord(s) }))}
          onChange={setStatus}
        />
        <TriageSelect
          label={t('triage.severity')}
          value={severity}
          disabled={disabled}
          testId="triage-severity"
          keepOption={keepOption}
          options={SEVERITY_VALUES.map((s) => ({ value: s, label: facetLabel('severity', s) }))}
          onChange={setSeverity}
        />
        <TriageSelect
          label={t('triage.category')}
          value={category}
          disabled={disabled}
          testId="triage-category"
          keepOption={keepOption}
          options={CATEGORY_CODES.map((c) => ({ value: c, label: categoryName(c, language) }))}
          onChange={setCategory}
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={disabled || !changed}
          data-testid="triage-apply"
        >
          {many ? t('triage.applyTo', { count }) : t('common:actions.apply')}
        </button>
      </form>
      <TagEditor
        tags={current?.tags ?? null}
        disabled={disabled}
        onAdd={(tags) => {
          apply({ addTags: tags });
        }}
        onRemove={(tags) => {
          apply({ removeTags: tags });
        }}
      />
      <form
        className="triage-notes"
        onSubmit={(event) => {
          event.preventDefault();
          apply({ notes });
        }}
      >
        <label htmlFor={`${id}-notes`}>{t('triage.notes')}</label>
        <textarea
          id={`${id}-notes`}
          className="text-input notes-input"
          rows={many ? 1 : 4}
          maxLength={20_000}
          value={notes}
          disabled={disabled}
          onChange={(e) => {
            setNotes(e.target.value);
          }}
        />
        <button
          type="submit"
          className="button"
          disabled={disabled || (current !== null && notes.trim() === current.notes.trim())}
        >
          {many ? t('triage.replaceNotes', { count }) : t('triage.saveNotes')}
        </button>
      </form>
      {update.error !== null ? (
        <p className="field-problem" role="alert">
          {t('triage.failed', { error: errorText(update.error) })}
        </p>
      ) : null}
    </div>
  );
}
