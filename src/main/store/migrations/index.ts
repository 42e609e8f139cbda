import type { Migration } from '../migration';
import { initial } from './0001-initial';
import { mappingsLabelsUndo } from './0002-mappings-labels-undo';
import { bulkImport } from './0003-bulk-import';
import { importFormat } from './0004-import-format';
import { ftsBulk } from './0005-fts-bulk';
import { narrowAggregates } from './0006-narrow-aggregates';
import { triageChanges } from './0007-triage-changes';
import { incidentTable } from './0008-incident-table';
import { alerts } from './0009-alerts';
import { topValues } from './0010-top-values';
import { reports } from './0011-reports';
import { rejectMessages } from './0012-reject-messages';
import { alertMessages } from './0013-alert-messages';
import { moreSortIndexes } from './0014-more-sort-indexes';
import { sortBounds } from './0015-sort-bounds';

/** Every migration in order; the last one's version is the schema this build of Vigil writes. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  mappingsLabelsUndo,
  bulkImport,
  importFormat,
  ftsBulk,
  narrowAggregates,
  triageChanges,
  incidentTable,
  alerts,
  topValues,
  reports,
  rejectMessages,
  alertMessages,
  moreSortIndexes,
  sortBounds,
];
