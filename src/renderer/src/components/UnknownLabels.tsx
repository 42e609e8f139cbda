import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelCount } from '../../../shared/domain';
import { UnknownLabelRow } from './UnknownLabelRow';

interface Props {
  labels: readonly LabelCount[];
  /** What these labels are (a file's, a period's); the table says what mapping one does. */
  caption: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * Category labels no category knows, each mappable here. A mapping re-categorizes every stored
 * incident with the label; the store then reports a change and the views read their figures again.
 */
export function UnknownLabels({ labels, caption, className, testId }: Props) {
  const { t } = useTranslation('import');
  return (
    <table
      className={`data-table labels-table${className === undefined ? '' : ` ${className}`}`}
      data-testid={testId}
    >
      <caption>
        {caption}
        <span className="muted"> {t('labels.note')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('labels.label')}</th>
          <th scope="col" className="num">
            {t('labels.incidents')}
          </th>
          <th scope="col">{t('labels.mapTo')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('labels.outcome')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label) => (
          <UnknownLabelRow key={label.label} label={label} />
        ))}
      </tbody>
    </table>
  );
}
