import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3's native addon is built for one runtime: the copy in node_modules serves Node (tests,
 * command line, `vigil serve`); Electron loads its own build, made by `npm start` into
 * .electron-native/ under the app folder (scripts/electron-native.mjs), so that neither breaks the other.
 * Undefined (use node_modules) when that build is absent.
 */
export function electronNativeBinding(appPath: string): string | undefined {
  const candidate = join(appPath, '.electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
