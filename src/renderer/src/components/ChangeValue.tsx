import { useTranslation } from 'react-i18next';
import { changeClass, signedPct } from '../format/percent';

/** A change in percent with its sign; "n/a" where there was nothing to compare with. */
export function ChangeValue({ pct, testId }: { pct: number | null; testId?: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <span
      className={changeClass(pct)}
      data-testid={testId}
      title={pct === null ? t('headline.nothingToCompare') : undefined}
    >
      {signedPct(pct)}
    </span>
  );
}
