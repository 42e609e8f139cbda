// Column names in the window's language; kept apart from columns.ts so that the column list stays free
// of the message catalogs (the address codec and its tests use it).
import { i18n } from '../i18n/instance';
import type { ColumnId } from './columns';

export function columnLabel(id: ColumnId): string {
  return i18n.t(`incidents:columns.name.${id}`);
}
