// The version printed in a report's dataset stamp: package.json's. Read at run time by walking up from
// this file, because the bundle (out/main/*.js), the packaged app and the sources under test sit at
// different depths below it (importing the JSON would pull package.json into the typed project).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | null = null;

export function vigilVersion(): string {
  if (cached !== null) return cached;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'vigil' && typeof pkg.version === 'string') {
        cached = pkg.version;
        return cached;
      }
    } catch {
      // No package.json at this level: look one higher.
    }
    dir = dirname(dir);
  }
  cached = 'unknown';
  return cached;
}
