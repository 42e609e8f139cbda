// The workstation's settings as the window and the command line see them (settings.get / .set).
import type { Language } from './i18n/languages';

/** Backups are daily; a year of them is the most Settings offers. */
export const MAX_BACKUPS_KEPT = 365;
/** Label mappings a file may carry between workstations: far more than any taxonomy needs. */
export const MAX_LABEL_MAPPINGS = 10_000;

export interface WorkstationSettings {
  /** IANA time zone statistics count days in. */
  timeZone: string;
  /** Chosen in Settings; null follows the operating system's language. */
  language: Language | null;
  /** The marking a new briefing report starts with. */
  defaultMarking: string;
  /** How many daily backups are kept beside the store. */
  backupsKept: number;
  /** Where the store is, and its backups: shown so the analyst knows what to copy or back up. */
  storePath: string;
  backupFolder: string;
}
