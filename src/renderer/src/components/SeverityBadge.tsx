import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Severity } from '../../../shared/severity';

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** Severity as a word with a weight of colour that grows with it; an unknown or empty value as a dash. */
export function SeverityBadge({ severity }: { severity: string }) {
  const { t } = useTranslation(['common', 'incidents']);
  if (!isSeverity(severity)) {
    return (
      <span className="severity severity-none" title={t('incidents:severity.none')}>
        —
      </span>
    );
  }
  return <span className={`severity severity-${severity}`}>{t(`common:severity.${severity}`)}</span>;
}
