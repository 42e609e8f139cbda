import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LOGO_BYTES, type Letterhead } from '../../../shared/report';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { readLogoFile } from './logoFile';

interface Props {
  letterhead: Letterhead;
  onSaved: () => void;
  /** Shown open (Settings, where it is the section's content) rather than folded (the report view). */
  open?: boolean;
}

/** The organization, author and logo every report prints in its title block. */
export function LetterheadForm({ letterhead, onSaved, open = false }: Props) {
  const { t } = useTranslation('report');
  const [organization, setOrganization] = useState(letterhead.organization);
  const [author, setAuthor] = useState(letterhead.author);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useAction('reports.setLetterhead');

  const run = async (logo?: { type: 'image/png' | 'image/jpeg'; base64: string } | null): Promise<void> => {
    const result = await save.run({ organization, author, ...(logo === undefined ? {} : { logo }) });
    if (result.ok) onSaved();
  };

  return (
    <details className="panel report-letterhead screen-only" data-testid="report-letterhead" open={open}>
      <summary className="panel-title">{t('letterhead.title')}</summary>
      <div className="report-form-row">
        <label className="inline-label">
          {t('letterhead.organization')}
          <input
            className="text-input"
            data-testid="report-organization-input"
            value={organization}
            maxLength={200}
            onChange={(e) => {
              setOrganization(e.target.value);
            }}
          />
        </label>
        <label className="inline-label">
          {t('letterhead.author')}
          <input
            className="text-input"
            data-testid="report-author-input"
            value={author}
            maxLength={200}
            onChange={(e) => {
              setAuthor(e.target.value);
            }}
          />
        </label>
        <button
          type="button"
          className="button"
          data-testid="report-letterhead-save"
          disabled={save.running}
          onClick={() => {
            void run();
          }}
        >
          {t('letterhead.save')}
        </button>
      </div>
      <div className="report-form-row">
        <span className="inline-label">{t('letterhead.logo', { kib: String(MAX_LOGO_BYTES / 1024) })}</span>
        {/* The browser's own file button speaks the browser's language, not the window's: a labelled
            button of ours opens the same picker. */}
        <label className="button button-small file-button">
          {t('letterhead.chooseLogo')}
          <input
            type="file"
            className="visually-hidden"
            accept="image/png,image/jpeg"
            data-testid="report-logo-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file === undefined) return;
              void readLogoFile(file).then((read) => {
                setProblem(read.ok ? null : read.message);
                if (read.ok) void run({ type: read.type, base64: read.base64 });
              });
            }}
          />
        </label>
        {letterhead.logo !== null ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              void run(null);
            }}
          >
            {t('letterhead.removeLogo')}
          </button>
        ) : null}
      </div>
      {problem !== null ? (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      ) : null}
      {save.error !== null ? <ErrorNotice error={save.error} context={t('letterhead.notSaved')} /> : null}
    </details>
  );
}
