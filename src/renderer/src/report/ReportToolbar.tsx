import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../shared/i18n/languages';
import {
  MAX_NOTABLE_LIMIT,
  PAPERS,
  REPORT_LANGUAGES,
  type Paper,
  type ReportLanguage,
} from '../../../shared/report';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import { CategoryFilter } from '../components/CategoryFilter';
import { CustomPeriodInputs } from '../components/CustomPeriodInputs';
import { useCategoryTotals } from '../hooks/useCategoryTotals';
import { MarkingPicker } from './MarkingPicker';

export interface ToolbarChoices {
  period: Period;
  categories: CategoryCode[];
  marking: string;
  paper: Paper;
  lang: ReportLanguage;
}

interface Props extends ToolbarChoices {
  title: string;
  issued: string;
  notableLimit: number;
  onChoices: (next: Partial<ToolbarChoices>) => void;
  onTitle: (title: string) => void;
  onIssued: (issued: string) => void;
  onNotableLimit: (n: number) => void;
}

/** What the report covers and how it prints; on screen only. */
export function ReportToolbar(props: Props) {
  const { t } = useTranslation('report');
  const { totals } = useCategoryTotals();
  return (
    <div
      className="panel report-toolbar screen-only"
      role="group"
      aria-label={t('toolbar.label')}
      data-testid="report-toolbar"
    >
      <div className="report-form-row">
        <label className="inline-label report-title-input">
          {t('toolbar.title')}
          <input
            className="text-input"
            data-testid="report-title-input"
            value={props.title}
            maxLength={200}
            onChange={(e) => {
              props.onTitle(e.target.value);
            }}
          />
        </label>
        <CustomPeriodInputs
          key={`${props.period.from}/${props.period.to}`}
          period={props.period}
          onChange={(period) => {
            props.onChoices({ period });
          }}
        />
        <label className="inline-label">
          {t('toolbar.issued')}
          <input
            type="date"
            className="text-input"
            value={props.issued}
            onChange={(e) => {
              props.onIssued(e.target.value);
            }}
          />
        </label>
      </div>
      <div className="report-form-row">
        <MarkingPicker
          marking={props.marking}
          onChange={(marking) => {
            props.onChoices({ marking });
          }}
        />
        <label className="inline-label">
          {t('toolbar.paper')}
          <select
            className="select"
            data-testid="report-paper"
            value={props.paper}
            onChange={(e) => {
              const paper = PAPERS.find((p) => p === e.target.value);
              if (paper !== undefined) props.onChoices({ paper });
            }}
          >
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {t(`toolbar.papers.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          {t('toolbar.language')}
          <select
            className="select"
            data-testid="report-language"
            value={props.lang}
            onChange={(e) => {
              props.onChoices({ lang: e.target.value === 'zh' ? 'zh' : 'en' });
            }}
          >
            {REPORT_LANGUAGES.map((language) => (
              // Each language named in itself, so a reader finds their own.
              <option key={language} value={language} lang={language === 'zh' ? 'zh-CN' : 'en'}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          {t('toolbar.notableLimit')}
          <input
            type="number"
            className="text-input report-number-input"
            data-testid="report-notable-limit"
            min={1}
            max={MAX_NOTABLE_LIMIT}
            value={props.notableLimit}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= MAX_NOTABLE_LIMIT) props.onNotableLimit(n);
            }}
          />
        </label>
      </div>
      <CategoryFilter
        selected={props.categories}
        totals={totals}
        onChange={(categories) => {
          props.onChoices({ categories });
        }}
      />
    </div>
  );
}
