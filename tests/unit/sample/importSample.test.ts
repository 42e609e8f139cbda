// The point of a sample: Vigil imports it with no mapping, rejects exactly the broken rows, counts
// exactly the repeated rows as duplicates, and reports the unknown labels as uncategorized.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/main/import/importFile';
import { writeSampleFile } from '../../../src/main/sample';
import { openStore } from '../../../src/main/store/open';
import { tempDir } from '../helpers/temp';

describe('a sample export imported by Vigil', () => {
  it('imports every original row, rejects the broken ones and skips the duplicates', async () => {
    const dir = tempDir();
    const path = join(dir, 'sample.csv');
    const summary = await writeSampleFile(path, { rows: 5000, seed: 42, brokenShare: 0.004 });
    expect(summary.broken).toBeGreaterThan(0);
    expect(summary.duplicates).toBeGreaterThan(0);
    const db = openStore(join(dir, 'vigil.db'));
    try {
      const result = await importFile(db, { path, name: 'sample.csv' });
      expect(result).toMatchObject({
        error: null,
        rows: 5000,
        rejected: summary.broken,
        duplicates: summary.duplicates,
        imported: 5000 - summary.broken - summary.duplicates,
      });
      const categories = db
        .prepare('SELECT category, count(*) AS n FROM incidents GROUP BY category')
        .all() as { category: string; n: number }[];
      expect(categories).toHaveLength(15);
      const uncategorized = categories.find((c) => c.category === 'uncategorized')!.n;
      expect(uncategorized / result.imported).toBeLessThan(0.02);
      const multiLine = db
        .prepare("SELECT count(*) AS n FROM incidents WHERE description LIKE '%' || char(10) || '%'")
        .get() as {
        n: number;
      };
      expect(multiLine.n).toBeGreaterThan(300);
    } finally {
      db.close();
    }
  });
});
