import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3's native addon is built for one runtime: the copy in node_modules serves Node (tests,
 * command line, `vigil serve`); Electron loads its own build, made by `npm start` into .electron-native/
 * (see scripts/electron-native.mjs), so that neither breaks the other.
 */
export function nativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  const candidate = join(process.cwd(), '.electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
