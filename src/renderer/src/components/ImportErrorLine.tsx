import type { VigilError } from '../../../shared/errors';
import { errorText } from '../format/errorText';

/** One error of an import, with where it is: "file.csv, line 3, column 2: …", in the window's language. */
export function ImportErrorLine({ error, file }: { error: VigilError; file?: string }) {
  const located = error.file === undefined && file !== undefined ? { ...error, file } : error;
  return (
    // A cancel the analyst asked for is reported, but not dressed as a failure.
    <p
      className={error.code === 'cancelled' ? 'import-error is-cancelled' : 'import-error'}
      data-testid="import-error"
    >
      {errorText(located)}
    </p>
  );
}
