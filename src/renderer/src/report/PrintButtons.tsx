import { describeError } from '../../../shared/errors';
import type { Paper } from '../../../shared/report';
import { useClientChoice } from '../api/useClientChoice';
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
        Print…
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
        Print…
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
        Save PDF…
      </button>
      {saved !== null ? (
        <span className="muted" data-testid="report-pdf-saved">
          Saved to {saved}
        </span>
      ) : null}
      {print.error !== null ? (
        <span className="notice notice-error" role="alert" data-testid="report-print-error">
          <strong>The report was not printed.</strong> {describeError(print.error)}
        </span>
      ) : null}
    </>
  );
}
