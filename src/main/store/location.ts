import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Vigil';
export const STORE_FILE = 'vigil.db';

/**
 * The per-user application data folder, the same one Electron's app.getPath('userData') gives for an
 * app named Vigil, so the desktop app, `vigil serve` and the command line share one store.
 * VIGIL_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.VIGIL_DATA_DIR) return env.VIGIL_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), STORE_FILE);
}
