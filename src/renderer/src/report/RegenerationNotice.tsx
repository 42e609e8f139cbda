import { useTranslation } from 'react-i18next';
import type { RegenerationDiff } from '../../../shared/report';
import { regenerationSentences } from '../../../shared/reportRegenerationText';
import { currentLanguage } from '../i18n/instance';

/** What a regeneration found, in plain sentences of the window's language, above the report (not printed). */
export function RegenerationNotice({ diff }: { diff: RegenerationDiff }) {
  const { t } = useTranslation('report');
  return (
    <div
      className={
        diff.same
          ? 'notice report-regeneration screen-only'
          : 'notice notice-warning report-regeneration screen-only'
      }
      role="status"
      data-testid="report-regeneration"
      data-same={diff.same ? 'true' : 'false'}
    >
      {regenerationSentences(diff, currentLanguage()).map((s) => (
        <p key={s}>{s}</p>
      ))}
      {diff.same ? null : <p>{t('regeneration.nowShowing')}</p>}
    </div>
  );
}
