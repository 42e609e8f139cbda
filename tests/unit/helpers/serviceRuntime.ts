// The services as a host calls them: a runtime over a new store in a temp folder (imports run inline),
// closed after each test, and calls through the contract's dispatch with files given by path.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Result } from '../../../src/shared/errors';
import type { VigilEvent } from '../../../src/shared/events';
import { dispatch } from '../../../src/main/services/dispatch';
import type { CallContext } from '../../../src/main/services/handlers';
import { createRuntime, type Runtime } from '../../../src/main/services/runtime';
import { tempDir } from './temp';

export const pathContext: CallContext = {
  resolveFile: (ref) => (ref.kind === 'path' ? { path: ref.path, name: ref.name } : { path: '', name: '' }),
};

const opened: Runtime[] = [];
let current: Runtime | undefined;
afterEach(() => {
  for (const runtime of opened.splice(0)) runtime.close();
  current = undefined;
});

/** A new runtime over a new store, its events given to `emit`. */
export function openRuntime(emit: (event: VigilEvent) => void = () => undefined): Runtime {
  const runtime = createRuntime({ storePath: join(tempDir(), 'vigil.db'), imports: 'inline', emit });
  opened.push(runtime);
  return runtime;
}

/** The test's runtime: opened by the first call in a test, the same one after that. */
export function testRuntime(): Runtime {
  current ??= openRuntime();
  return current;
}

/** An operation's result, as a host gets it. */
export async function attempt<T>(runtime: Runtime, name: string, input: unknown): Promise<Result<T>> {
  return (await dispatch(runtime.handlers, name, input, pathContext)) as Result<T>;
}

/** An operation's value; a failed call fails the test, naming the operation. */
export async function callOk<T>(runtime: Runtime, name: string, input: unknown): Promise<T> {
  const result = await attempt<T>(runtime, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}
