import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { VigilError } from '../../../../shared/errors';
import { useImports } from '../../app/useImports';
import { formatBytes } from '../../format/bytes';
import { entryView, type EntryView, type WizardEntry } from '../../hooks/wizardEntry';
import { DateSettings } from './DateSettings';
import { ExtraColumns } from './ExtraColumns';
import { FileProblems } from './FileProblems';
import { MappingEditor } from './MappingEditor';
import { MappingOrigin } from './MappingOrigin';
import { PreviewTable } from './PreviewTable';
import { ReadOptionsFields } from './ReadOptionsFields';
import { SaveMappingControl } from './SaveMappingControl';

/** The file-level problems: it could not be handed over, not be read, or not be imported as mapped. */
function problemsOf(entry: WizardEntry, view: EntryView): VigilError[] {
  if (entry.stage.state === 'failed') return [entry.stage.error];
  if (view.error !== null) return [view.error];
  const preview = view.preview;
  if (preview === null) return [];
  // Each problem goes with its catalog message, when the main process sent one, to be read in the
  // window's language.
  return preview.problems.map((message, index) => {
    const text = preview.problemTexts?.[index];
    return text === undefined
      ? { code: 'missing_column', message }
      : { code: 'missing_column', message, text };
  });
}

function stateText(entry: WizardEntry, view: EntryView, t: TFunction<['import', 'common']>): string {
  if (entry.stage.state === 'staging') return t('wizard.state.staging');
  if (entry.stage.state === 'failed') return t('wizard.state.failed');
  if (view.preview === null && view.error === null) return t('wizard.state.reading');
  if (view.stale) return t('wizard.state.updating');
  return view.ready ? t('wizard.state.ready') : t('wizard.state.notReady');
}

/** One staged file: how it is read, how its columns map, and its first rows as they will be stored. */
export function WizardFile({ entry, several }: { entry: WizardEntry; several: boolean }) {
  const { t } = useTranslation(['import', 'common']);
  const { wizard } = useImports();
  const headingId = useId();
  const view = entryView(entry);
  const { preview, mapping } = view;
  const key = entry.key;
  // Right after another encoding or delimiter was chosen the header itself may change: no editing
  // until the new preview says what it is.
  const rereading = view.stale && entry.mapping === null;

  return (
    <article
      className={view.ready ? 'wizard-file is-ready' : 'wizard-file'}
      data-testid="wizard-file"
      aria-labelledby={headingId}
    >
      <header className="wizard-file-head">
        <h3 id={headingId} className="wizard-file-name" title={entry.name}>
          {entry.name}
        </h3>
        <span className="muted">{formatBytes(entry.size)}</span>
        <span className={view.ready ? 'wizard-file-state is-ready' : 'wizard-file-state'}>
          {stateText(entry, view, t)}
        </span>
        <div className="panel-actions">
          {several ? (
            <button
              type="button"
              className="button"
              disabled={!view.ready}
              onClick={() => {
                wizard.importFiles([key]);
              }}
            >
              {t('common:actions.import')}
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => {
              wizard.remove(key);
            }}
          >
            {t('common:actions.remove')}
          </button>
        </div>
      </header>
      <FileProblems fileName={entry.name} problems={problemsOf(entry, view)} />
      {preview === null || mapping === null ? null : (
        <>
          <div className="wizard-read">
            <ReadOptionsFields
              read={entry.read}
              format={preview.format}
              encoding={preview.encoding}
              delimiter={preview.delimiter}
              onChange={(read) => {
                wizard.setRead(key, read);
              }}
            />
            <MappingOrigin
              origin={view.origin}
              changed={view.changed}
              onReset={() => {
                wizard.resetMapping(key);
              }}
            />
          </div>
          <fieldset className="wizard-mapping" disabled={rereading}>
            <legend className="wizard-section-title">{t('wizard.mappingTitle')}</legend>
            <MappingEditor
              headers={preview.headers}
              mapping={mapping}
              onChange={(next) => {
                wizard.editMapping(key, next);
              }}
            />
            <ExtraColumns headers={preview.headers} unmapped={preview.unmappedColumns} />
            <DateSettings
              mapping={mapping}
              current={preview.dateFormats}
              detected={
                mapping.dateFormat === 'auto'
                  ? preview.dateFormats
                  : view.origin?.mapping.dateFormat === 'auto'
                    ? view.origin.dateFormats
                    : null
              }
              timeField={preview.timeField}
              onChange={(next) => {
                wizard.editMapping(key, next);
              }}
            />
          </fieldset>
          <SaveMappingControl
            checked={view.saveChecked}
            name={view.saveName}
            onCheck={(save) => {
              wizard.setSave(key, save);
            }}
            onName={(name) => {
              wizard.setSaveName(key, name);
            }}
          />
          <PreviewTable preview={preview} busy={view.stale} />
        </>
      )}
    </article>
  );
}
