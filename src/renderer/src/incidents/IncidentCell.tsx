// One cell of the incident table. Every field comes from an imported file, so every field is
// untrusted: it is rendered as React text (escaped) or as a title attribute (plain text), never as
// markup.
import type { Incident } from '../../../shared/domain';
import { CategoryChip } from '../components/CategoryChip';
import { SeverityBadge } from '../components/SeverityBadge';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { statusWord } from './codeWords';
import { COLUMNS, type ColumnId } from './columns';
import { Highlighted } from './Highlighted';

/** The title cell's tooltip: the whole title and the start of the description. */
function titleTip(incident: Incident): string {
  const description =
    incident.description.length > 600 ? `${incident.description.slice(0, 600)}…` : incident.description;
  return description === '' ? incident.title : `${incident.title}\n\n${description}`;
}

function TimeValue({ iso }: { iso: string | null }) {
  if (iso === null || iso === '') return null;
  return (
    <time dateTime={iso} title={formatUtcFull(iso)}>
      {formatUtcMinute(iso)}
    </time>
  );
}

function content(column: ColumnId, incident: Incident, pattern: RegExp | null) {
  switch (column) {
    case 'occurredAt':
      return <TimeValue iso={incident.occurredAt} />;
    case 'detectedAt':
      return <TimeValue iso={incident.detectedAt} />;
    case 'reportedAt':
      return <TimeValue iso={incident.reportedAt} />;
    case 'category':
      return <CategoryChip category={incident.category} raw={incident.categoryRaw} />;
    case 'severity':
      return <SeverityBadge severity={incident.severity} />;
    case 'status':
      return statusWord(incident.status);
    case 'title':
    case 'asset':
      return <Highlighted text={COLUMNS[column].text(incident)} pattern={pattern} />;
    default:
      return COLUMNS[column].text(incident);
  }
}

function tooltip(column: ColumnId, incident: Incident): string | undefined {
  switch (column) {
    case 'title':
      return titleTip(incident);
    case 'occurredAt':
    case 'detectedAt':
    case 'reportedAt':
    case 'category':
    case 'severity':
    case 'status':
      return undefined;
    default: {
      const text = COLUMNS[column].text(incident);
      return text === '' ? undefined : text;
    }
  }
}

export function IncidentCell({
  column,
  colIndex,
  incident,
  pattern,
}: {
  column: ColumnId;
  /** The cell's place in the row, from 1 (aria-colindex). */
  colIndex: number;
  incident: Incident;
  pattern: RegExp | null;
}) {
  return (
    <div
      role="gridcell"
      aria-colindex={colIndex}
      className={COLUMNS[column].mono === true ? 'grid-cell is-mono' : 'grid-cell'}
      data-column={column}
      title={tooltip(column, incident)}
    >
      {content(column, incident, pattern)}
    </div>
  );
}
