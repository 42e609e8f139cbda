import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { useOperation } from '../hooks/useOperation';
import { LetterheadForm } from '../report/LetterheadForm';

/** The organization, author and logo every briefing prints. */
export function LetterheadSection() {
  const { t } = useTranslation('settings');
  const letterhead = useOperation('reports.letterhead', {});
  return (
    <section className="panel settings-section" aria-labelledby="settings-letterhead">
      <h2 className="panel-title" id="settings-letterhead">
        {t('letterhead.title')}
      </h2>
      <p className="settings-note">{t('letterhead.note')}</p>
      {letterhead.error === null ? null : (
        <ErrorNotice context={t('letterhead.unreadable')} error={letterhead.error} />
      )}
      {letterhead.value === null ? null : (
        <LetterheadForm letterhead={letterhead.value} onSaved={letterhead.reload} open />
      )}
    </section>
  );
}
