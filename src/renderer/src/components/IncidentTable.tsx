// The incidents of one page. Every field comes from an imported file, so every field is untrusted:
// it is rendered as React text (escaped) or as a title attribute (plain text), never as markup.
import type { Incident, SortField } from '../../../shared/domain';
import type { SortDir } from '../app/route';
import { SORT_FIELD_NAMES } from '../app/sortFields';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { codeLabel } from '../format/label';
import { CategoryChip } from './CategoryChip';
import { SeverityBadge } from './SeverityBadge';
import { SortableHeader } from './SortableHeader';

interface Column {
  label: string;
  sort: SortField | null;
  className: string;
}

const COLUMNS: readonly Column[] = [
  { label: 'Occurred (UTC)', sort: 'occurredAt', className: 'col-time' },
  { label: 'Category', sort: 'category', className: 'col-category' },
  { label: 'Severity', sort: 'severity', className: 'col-severity' },
  { label: 'Title', sort: 'title', className: 'col-title' },
  { label: 'Asset', sort: 'asset', className: 'col-asset' },
  { label: 'Source', sort: 'source', className: 'col-source' },
  { label: 'Status', sort: 'status', className: 'col-status' },
  { label: 'External ID', sort: null, className: 'col-external' },
];

/** The title cell's tooltip: the whole title and the start of the description. */
function titleTip(incident: Incident): string {
  const description =
    incident.description.length > 600 ? `${incident.description.slice(0, 600)}…` : incident.description;
  return description === '' ? incident.title : `${incident.title}\n\n${description}`;
}

interface Props {
  rows: readonly Incident[];
  sort: SortField;
  dir: SortDir;
  onSort: (field: SortField) => void;
  busy: boolean;
}

export function IncidentTable({ rows, sort, dir, onSort, busy }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table incident-table" data-testid="incident-table" aria-busy={busy}>
        <caption className="visually-hidden">
          Incidents, sorted by {SORT_FIELD_NAMES[sort]}, {dir === 'asc' ? 'ascending' : 'descending'}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) =>
              column.sort === null ? (
                <th key={column.label} scope="col" className={column.className}>
                  {column.label}
                </th>
              ) : (
                <SortableHeader
                  key={column.label}
                  label={column.label}
                  field={column.sort}
                  sort={sort}
                  dir={dir}
                  onSort={onSort}
                  className={column.className}
                />
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((incident) => (
            <tr key={incident.id} data-testid="incident-row">
              <td className="col-time">
                <time dateTime={incident.occurredAt} title={formatUtcFull(incident.occurredAt)}>
                  {formatUtcMinute(incident.occurredAt)}
                </time>
              </td>
              <td className="col-category">
                <CategoryChip category={incident.category} raw={incident.categoryRaw} />
              </td>
              <td className="col-severity">
                <SeverityBadge severity={incident.severity} />
              </td>
              <td className="col-title" title={titleTip(incident)}>
                {incident.title}
              </td>
              <td className="col-asset" title={incident.asset}>
                {incident.asset}
              </td>
              <td className="col-source">{incident.source}</td>
              <td className="col-status">{codeLabel(incident.status)}</td>
              <td className="col-external" title={incident.externalId ?? undefined}>
                {incident.externalId ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
