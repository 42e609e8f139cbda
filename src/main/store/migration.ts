import type { Database } from 'better-sqlite3';

/** One schema step. Append-only: a released migration is never edited, only followed by another. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
