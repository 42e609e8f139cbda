import { useTranslation } from 'react-i18next';
import type { VigilError } from '../../../shared/errors';
import { ImportErrorLine } from './ImportErrorLine';

interface Props {
  failure: VigilError | null;
  stageErrors: readonly VigilError[];
  onDismiss: () => void;
}

/** An import that did not run: the job failed, or none of its files could be handed over. */
export function ImportFailure({ failure, stageErrors, onDismiss }: Props) {
  const { t } = useTranslation('import');
  const cancelled = failure?.code === 'cancelled';
  return (
    <section
      className={cancelled ? 'panel import-failure is-cancelled' : 'panel import-failure'}
      aria-labelledby="import-failure-title"
    >
      <header className="panel-head">
        <h2 className="panel-title" id="import-failure-title">
          {cancelled ? t('failure.cancelled') : t('failure.failed')}
        </h2>
        <button type="button" className="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </header>
      {failure === null ? null : <ImportErrorLine error={failure} />}
      {stageErrors.map((error, index) => (
        <ImportErrorLine key={index} error={error} />
      ))}
      <p className="muted">{t('failure.note')}</p>
    </section>
  );
}
