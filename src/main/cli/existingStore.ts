// A command that reads a store that must already exist: a mistyped --db would otherwise create an
// empty store and report that nothing fires, or zeros as if they were figures.
import { openStore, type Store } from '../store/open';
import type { RunLanguage } from './language';
import { requireStore } from './optionChecks';

/** Runs `use` over the store, which then also sets the run's language unless --lang did. */
export function withExistingStore<T>(storePath: string, language: RunLanguage, use: (db: Store) => T): T {
  requireStore(storePath);
  const db = openStore(storePath);
  try {
    language.adoptStore(db);
    return use(db);
  } finally {
    db.close();
  }
}
