import { useTranslation } from 'react-i18next';
import type { Paper } from '../../../shared/report';
import { useClientChoice } from '../api/useClientChoice';
import { errorText } from '../format/errorText';
import { useAction } from '../hooks/useAction';

interface Props {
  paper: Paper;
  /** The name the desktop app's save dialog proposes. */
  fileName: string;
}

/**
 * Print, and in the desktop app Save PDF. The desktop app prints through the main process (the system
 * print dialog, or a PDF where the user chooses); a browser prints the page itself. Both print the same
 * print stylesheet.
 */
export function PrintButtons({ paper, fileName }: Props) {
  const { t } = useTranslation('report');
  const { transport } = useClientChoice();
  const print = useAction('report.print');
  if (transport !== 'ipc') {
    return (
      <button
        type="button"
        className="button button-primary"
        data-testid="report-print"
        onClick={() => {
          window.print();
        }}
      >
        {t('print.print')}
      </button>
    );
  }
  const saved = print.value?.path ?? null;
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        data-testid="report-print"
        disabled={print.running}
        onClick={() => {
          void print.run({ action: 'print', paper });
        }}
      >
        {t('print.print')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="report-save-pdf"
        disabled={print.running}
        onClick={() => {
          void print.run({ action: 'savePdf', paper, fileName });
        }}
      >
        {t('print.savePdf')}
      </button>
      {saved !== null ? (
        <span className="muted" data-testid="report-pdf-saved">
          {t('print.savedTo', { path: saved })}
        </span>
      ) : null}
      {print.error !== null ? (
        <span className="notice notice-error" role="alert" data-testid="report-print-error">
          <strong>{t('print.notPrinted')}</strong> {errorText(print.error)}
        </span>
      ) : null}
    </>
  );
}
