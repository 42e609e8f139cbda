import type { DuplicateOf } from '../../../shared/domain';
import { formatCount } from '../format/count';

interface Props {
  rows: readonly DuplicateOf[];
  total: number;
  caption: string;
  /** The import the duplicates belong to: a row repeating an incident of this same import repeats the file. */
  importId: number | null;
}

/** Duplicate rows and the stored incident each repeats; titles and ids are untrusted text, shown as text. */
export function DuplicateList({ rows, total, caption, importId }: Props) {
  return (
    <table className="data-table duplicate-table">
      <caption>
        {caption}
        {total > rows.length ? ` (first ${formatCount(rows.length)} of ${formatCount(total)})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="col-line num">
            Line
          </th>
          <th scope="col" className="col-incident num">
            Repeats incident
          </th>
          <th scope="col" className="col-external">
            External id
          </th>
          <th scope="col">Title</th>
          <th scope="col" className="col-of-import">
            Stored by
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line}>
            <td className="col-line num">{row.line}</td>
            <td className="col-incident num">#{row.incidentId}</td>
            <td className="col-external">{row.externalId ?? <span className="muted">none</span>}</td>
            <td className="cell-title" title={row.title}>
              {row.title === '' ? <span className="muted">(no title)</span> : row.title}
            </td>
            <td className="col-of-import">
              {row.importId === 0
                ? 'an import since undone'
                : row.importId === importId
                  ? 'this import (an earlier line)'
                  : `import ${String(row.importId)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
