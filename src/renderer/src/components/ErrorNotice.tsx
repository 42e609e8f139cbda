import type { VigilError } from '../../../shared/errors';
import { errorText } from '../format/errorText';

/**
 * A call that failed, said in words, where the data would have been: `context` (already in the
 * window's language) says what could not be done, then the error itself, where it is first.
 */
export function ErrorNotice({ error, context }: { error: VigilError; context: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{context}</strong> {errorText(error)}
    </div>
  );
}
