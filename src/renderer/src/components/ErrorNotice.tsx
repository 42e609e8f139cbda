import { describeError, type VigilError } from '../../../shared/errors';

/** A call that failed, said in words, where the data would have been. */
export function ErrorNotice({ error, context }: { error: VigilError; context: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{context}</strong> {describeError(error)}
    </div>
  );
}
