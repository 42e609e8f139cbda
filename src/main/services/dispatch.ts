// The one place where a call from any host is checked and run: the operation must be in the contract,
// its input must pass the contract's schema, and whatever happens comes back as a Result value.
import { contract, isOperationName, type OperationName, type ResultOf } from '../../shared/contract';
import { errorValue, toVigilError, type Result } from '../../shared/errors';
import type { CallContext, Handlers } from './handlers';

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  context: CallContext,
): Promise<Result<ResultOf<OperationName>>> {
  if (!isOperationName(name)) {
    return {
      ok: false,
      error: errorValue('unknown_operation', {
        key: 'errors:host.noOperation',
        params: { name: describeName(name) },
      }),
    };
  }
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      // zod's own sentence for the problem stays in English, inside a sentence in the reader's language.
      error: errorValue('invalid_input', {
        key: 'errors:host.invalidInput',
        params: { operation: name, path, reason: issue?.message ?? 'rejected' },
      }),
    };
  }
  try {
    const handler = handlers[name] as (input: unknown, context: CallContext) => unknown;
    const value = (await handler(parsed.data, context)) as ResultOf<OperationName>;
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toVigilError(err) };
  }
}

function describeName(name: unknown): string {
  if (typeof name !== 'string') return `of type ${typeof name}`;
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
}
