// Every operation of the contract, called through the dispatch every host uses, with random and
// malformed input: wrong types, unknown and prototype-polluting keys, oversized strings. The answer is
// always a Result (a valid value or a typed error, never a crash or a stack trace), and a call that
// fails leaves every table of the store exactly as it was.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, OPERATION_NAMES, type OperationName } from '../../src/shared/contract';
import { ERROR_CODES, VigilFault, type Result } from '../../src/shared/errors';
import { dispatch } from '../../src/main/services/dispatch';
import type { CallContext } from '../../src/main/services/handlers';
import { createRuntime, type Runtime } from '../../src/main/services/runtime';
import { tableDigests } from './helpers/storeDigest';
import { fixture, tempDir } from './helpers/temp';

const RUNS = Number(process.env.VIGIL_FUZZ_RUNS ?? 40);
const HUGE = 'x'.repeat(1_000_000);
const POLLUTING = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** No file handed over by a fuzzed call is ever read: the host refuses every reference. */
const refusingContext: CallContext = {
  resolveFile: () => {
    throw new VigilFault('forbidden', 'files are not handed over in this test');
  },
};

let runtime: Runtime;
let cwd: string;

beforeAll(async () => {
  // An export to a relative path, should a fuzzed input ever make a valid one, lands in a temp folder.
  cwd = process.cwd();
  const dir = tempDir();
  process.chdir(dir);
  runtime = createRuntime({ storePath: join(dir, 'vigil.db'), imports: 'inline', emit: () => undefined });
  const pathContext: CallContext = {
    resolveFile: (ref) => (ref.kind === 'path' ? { path: ref.path, name: ref.name } : { path: '', name: '' }),
  };
  const started = await dispatch(
    runtime.handlers,
    'import.start',
    { files: [{ file: { kind: 'path', path: fixture('incidents-basic.csv'), name: 'basic.csv' } }] },
    pathContext,
  );
  expect(started.ok).toBe(true);
  await runtime.tasks.whenIdle();
});

afterAll(() => {
  runtime.close();
  process.chdir(cwd);
});

/** The keys an operation's input object knows, so random values reach its fields, not just `strict`. */
function knownKeys(name: OperationName): string[] {
  const schema = contract[name].input as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

const nasty = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
  fc.string({ maxLength: 50 }),
  fc.constantFrom(HUGE, '', ' ', '\u0000', '../../etc/passwd', "'; DROP TABLE incidents; --", '2016-02-30'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, Number.NaN, Infinity),
  fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constantFrom('malware', 'phishing')), {
    maxLength: 5,
  }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

function inputs(name: OperationName): fc.Arbitrary<unknown> {
  const keys = knownKeys(name);
  const fields = keys.length > 0 ? fc.constantFrom(...keys) : fc.string({ maxLength: 10 });
  const shaped = fc.dictionary(fc.oneof(fields, fields, fc.constantFrom(...POLLUTING)), nasty, {
    maxKeys: 4,
  });
  // JSON.parse makes "__proto__" an own key, as a body arriving over HTTP would.
  const polluted = fc
    .tuple(fc.constantFrom(...POLLUTING), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as unknown);
  return fc.oneof(shaped, shaped, polluted, nasty);
}

function expectResult(result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.length).toBeGreaterThan(0);
  expect(result.error.message).not.toMatch(/\n\s+at /);
}

describe('every operation, fuzzed through dispatch', () => {
  it.each(OPERATION_NAMES.map((name) => [name]))(
    '%s answers a Result and fails without writing',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(inputs(name), async (input) => {
          const before = tableDigests(runtime.db);
          const result = await dispatch(runtime.handlers, name, input, refusingContext);
          expectResult(result);
          if (result.ok && typeof (result.value as { jobId?: unknown }).jobId === 'string') {
            // A valid call that started a job (a sample load): cancel it, it rolls back.
            const jobId = (result.value as { jobId: string }).jobId;
            await dispatch(runtime.handlers, 'import.cancel', { jobId }, refusingContext);
          }
          await runtime.tasks.whenIdle();
          if (!result.ok) expect(tableDigests(runtime.db)).toEqual(before);
          expect(Object.keys(Object.prototype)).toEqual([]);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('answers an unknown or malformed operation name with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.string().filter((s) => !(OPERATION_NAMES as readonly string[]).includes(s)),
        ),
        nasty,
        async (name, input) => {
          const result = await dispatch(runtime.handlers, name, input, refusingContext);
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
          expectResult(result);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});
