import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../shared/i18n/message';
import { isMarking, markingProblem, MAX_MARKING_LENGTH, TLP_MARKINGS } from '../../../shared/report';
import { currentLanguage } from '../i18n/instance';

const OTHER = 'other';

/** The classification marking: a TLP label, or free text ("内部资料 注意保密") typed in. */
export function MarkingPicker({ marking, onChange }: { marking: string; onChange: (next: string) => void }) {
  const { t } = useTranslation('report');
  const preset = (TLP_MARKINGS as readonly string[]).includes(marking);
  const [text, setText] = useState(preset ? '' : marking);
  const [other, setOther] = useState(!preset);
  const problem = other ? markingProblem(text) : null;
  return (
    <span className="report-marking-picker">
      <label className="inline-label">
        {t('toolbar.marking')}
        <select
          className="select"
          data-testid="report-marking-select"
          value={other ? OTHER : marking}
          onChange={(e) => {
            if (e.target.value === OTHER) {
              setOther(true);
              if (isMarking(text)) onChange(text.trim());
            } else {
              setOther(false);
              onChange(e.target.value);
            }
          }}
        >
          {TLP_MARKINGS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
          <option value={OTHER}>{t('toolbar.markingOther')}</option>
        </select>
      </label>
      {other ? (
        <>
          <input
            type="text"
            className="text-input"
            data-testid="report-marking-text"
            aria-label={t('toolbar.markingText')}
            aria-describedby={problem === null ? undefined : 'report-marking-problem'}
            maxLength={MAX_MARKING_LENGTH}
            placeholder={t('toolbar.markingPlaceholder')}
            value={text}
            aria-invalid={problem !== null}
            onChange={(e) => {
              setText(e.target.value);
              if (isMarking(e.target.value)) onChange(e.target.value.trim());
            }}
          />
          {problem !== null ? (
            <span className="report-marking-problem" id="report-marking-problem" role="status">
              {messageText(problem, currentLanguage())}
            </span>
          ) : null}
        </>
      ) : null}
    </span>
  );
}
