import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the address of this view of the table, to paste in another window of the workstation. */
export function CopyLinkButton({ hash }: { hash: string }) {
  const { t } = useTranslation('incidents');
  const [state, setState] = useState<{ for: string; copied: boolean } | null>(null);
  const link = `${window.location.origin}${window.location.pathname}${hash}`;
  const shown = state?.for === hash ? state : null;
  return (
    <span className="copy-link">
      <button
        type="button"
        className="button"
        onClick={() => {
          // Outside a secure context there is no clipboard: the link is then shown to copy by hand.
          Promise.resolve()
            .then(() => navigator.clipboard.writeText(link))
            .then(
              () => {
                setState({ for: hash, copied: true });
              },
              () => {
                setState({ for: hash, copied: false });
              },
            );
        }}
      >
        {t('link.copy')}
      </button>
      {shown?.copied === true ? (
        <span role="status" className="muted">
          {t('link.copied')}
        </span>
      ) : null}
      {shown?.copied === false ? (
        <input
          className="text-input link-text"
          readOnly
          aria-label={t('link.label')}
          value={link}
          onFocus={(event) => {
            event.target.select();
          }}
        />
      ) : null}
    </span>
  );
}
