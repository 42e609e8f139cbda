import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useImports } from '../../app/useImports';
import { entryView } from '../../hooks/wizardEntry';
import { WizardFile } from './WizardFile';

/**
 * The files dropped or picked, before anything is stored: each with its reading, mapping and preview,
 * and one button that imports them (each with its own mapping). Files that cannot be imported yet stay.
 */
export function ImportWizard() {
  const { t } = useTranslation(['import', 'common']);
  const { wizard } = useImports();
  const { entries } = wizard;
  const section = useRef<HTMLElement>(null);
  const open = entries.length > 0;
  // Files dropped on another view bring the analyst here: the focus follows, so a keyboard or screen
  // reader user starts at the wizard rather than at the top of a page they did not navigate to.
  useEffect(() => {
    if (open) section.current?.focus();
  }, [open]);
  if (!open) return null;
  const ready = entries.filter((entry) => entryView(entry).ready).map((entry) => entry.key);
  const several = entries.length > 1;
  const waiting = entries.length - ready.length;
  const label = !several
    ? t('common:actions.import')
    : waiting === 0
      ? t('wizard.importAll')
      : t('wizard.importReady', { ready: ready.length });

  return (
    <section
      ref={section}
      tabIndex={-1}
      className="panel import-wizard"
      data-testid="import-wizard"
      aria-labelledby="wizard-title"
    >
      <header className="panel-head">
        <h2 className="panel-title" id="wizard-title">
          {several ? t('wizard.titleMany', { count: entries.length }) : t('wizard.titleOne')}
        </h2>
        <span className="muted">{t('wizard.intro')}</span>
      </header>
      <div className="wizard-files">
        {entries.map((entry) => (
          <WizardFile key={entry.key} entry={entry} several={several} />
        ))}
      </div>
      <footer className="wizard-actions">
        <span className="wizard-status" aria-live="polite">
          {ready.length === entries.length
            ? several
              ? t('wizard.allReady')
              : t('wizard.oneReady')
            : t('wizard.someReady', { ready: t('counts.files', { count: ready.length }), waiting })}
        </span>
        <button type="button" className="button" onClick={wizard.clear}>
          {t('common:actions.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="wizard-import"
          disabled={ready.length === 0}
          onClick={() => {
            wizard.importFiles(ready);
          }}
        >
          {label}
        </button>
      </footer>
    </section>
  );
}
