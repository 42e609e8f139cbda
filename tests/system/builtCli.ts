import { join } from 'node:path';

/** The built command line the system tests run; VIGIL_BUILD_DIR points at another build than out/. */
export const CLI = join(process.env.VIGIL_BUILD_DIR ?? join(__dirname, '..', '..', 'out'), 'main', 'cli.js');
