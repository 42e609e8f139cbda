// Which of the insert's columns an import leaves to their defaults: those no field of the file fills.
// The insert statement then names only the columns the file gives values for.
import type { ImportField } from '../../shared/fields';
import { TIME_FIELDS, type TimeField } from '../../shared/mapping';
import { INSERT_COLUMNS, type InsertColumn } from '../store/queries/incidents';
import type { RowPlan } from './plan';

/** Columns every row of this file leaves at their default: the fields its mapping does not read. */
export function constantColumns(plan: RowPlan): Set<InsertColumn> {
  const constant = new Set<InsertColumn>();
  for (const column of OPTIONAL_COLUMNS) {
    const field: ImportField = column === 'category_raw' ? 'category' : column;
    const read = isTimeField(field) ? plan.dateReaders[field] : plan.getters[field];
    if (read === undefined && field !== plan.timeField) constant.add(column);
  }
  return constant;
}

function isTimeField(field: ImportField): field is TimeField {
  return (TIME_FIELDS as readonly string[]).includes(field);
}

/** Columns every row binds, whatever its mapping: its key, its time, its normalized values, its extra columns. */
type AlwaysBound = 'fingerprint' | 'occurred_at' | 'category' | 'severity' | 'status' | 'extra';
const ALWAYS_BOUND: readonly string[] = [
  'fingerprint',
  'occurred_at',
  'category',
  'severity',
  'status',
  'extra',
] satisfies readonly AlwaysBound[];

/** Columns buildRow fills straight from one field of the file: '' (NULL for ids and times) when unmapped. */
const OPTIONAL_COLUMNS = INSERT_COLUMNS.filter(
  (column): column is Exclude<InsertColumn, AlwaysBound> => !ALWAYS_BOUND.includes(column),
);
