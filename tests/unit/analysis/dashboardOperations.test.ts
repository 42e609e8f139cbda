import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Breakdown, DataQuality } from '../../../src/shared/domain';
import { importFile } from '../../../src/main/import/importFile';
import { dispatch } from '../../../src/main/services/dispatch';
import type { CallContext } from '../../../src/main/services/handlers';
import { createRuntime, type Runtime } from '../../../src/main/services/runtime';
import { fixture, tempDir } from '../helpers/temp';

const context: CallContext = { resolveFile: () => ({ path: '', name: '' }) };
let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.close();
  runtime = undefined;
});

describe('the dashboard operations through the contract', () => {
  it('answer stats.breakdown and stats.quality, and refuse what the contract does not allow', async () => {
    runtime = createRuntime({
      storePath: join(tempDir(), 'vigil.db'),
      imports: 'inline',
      emit: () => undefined,
    });
    await importFile(runtime.db, { path: fixture('incidents-basic.csv'), name: 'incidents-basic.csv' });
    const period = { from: '2016-01-01', to: '2016-12-31' };
    const regions = await dispatch(runtime.handlers, 'stats.breakdown', { ...period, by: 'region' }, context);
    expect(regions.ok).toBe(true);
    const value = (regions as { value: Breakdown }).value;
    expect(value.total).toBe(6);
    expect(value.rows[0]).toMatchObject({ key: 'Beijing', count: 2 });
    const quality = await dispatch(runtime.handlers, 'stats.quality', period, context);
    expect((quality as { value: DataQuality }).value).toMatchObject({
      total: 6,
      uncategorized: { count: 1 },
      unknownLabels: [{ label: 'mystery label', count: 1 }],
      rejectedByImport: [{ fileName: 'incidents-basic.csv', rejected: 1 }],
    });
    for (const bad of [
      { ...period, by: 'asset' },
      { ...period, by: 'region', limit: 0 },
      { from: '2016-12-31', to: '2016-01-01', by: 'region' },
    ]) {
      expect(await dispatch(runtime.handlers, 'stats.breakdown', bad, context)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
  });
});
