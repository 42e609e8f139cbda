import type { ImportRejects, SourceRejects } from '../../../shared/domain';
import { formatRoute } from '../app/route';
import { NOT_GIVEN_LABEL } from '../dashboard/breakdownBars';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';

interface Props {
  byImport: readonly ImportRejects[];
  bySource: readonly SourceRejects[];
}

/** Rows imports rejected, per import and per source: counted in no figure, whatever their dates. */
export function QualityRejects({ byImport, bySource }: Props) {
  if (byImport.length === 0) return <p className="muted">No import rejected a row.</p>;
  return (
    <div className="quality-rejects">
      <table className="data-table" data-testid="quality-rejects-by-import">
        <caption>
          Rejected rows per import <span className="muted">(every import kept, whatever its dates)</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col" className="num">
              Rejected
            </th>
            <th scope="col" className="num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {byImport.map((row) => (
            <tr key={row.importId}>
              <th scope="row" className="row-head label-text">
                {row.fileName}
              </th>
              <td className="num muted-num">{formatCount(row.rows)}</td>
              <td className="num">{formatCount(row.rejected)}</td>
              <td className="num">{sharePct(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-foot">
        <a className="incidents-link" href={formatRoute({ view: 'import' })}>
          See the rejected rows in the import history
        </a>
      </p>
      <table className="data-table" data-testid="quality-rejects-by-source">
        <caption>Rejected rows per source</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Rejected
            </th>
            <th scope="col" className="num">
              Imports
            </th>
          </tr>
        </thead>
        <tbody>
          {bySource.map((row) => (
            <tr key={row.source ?? '\u0000unknown'}>
              <th scope="row" className="row-head label-text">
                {row.source === null ? (
                  // The import read its source from a column, and a rejected row was never parsed.
                  <span
                    className="muted"
                    title="The source was read from a column of rows that could not be parsed"
                  >
                    cannot be known
                  </span>
                ) : row.source === '' ? (
                  NOT_GIVEN_LABEL
                ) : (
                  row.source
                )}
              </th>
              <td className="num">{formatCount(row.rejected)}</td>
              <td className="num muted-num">{formatCount(row.imports)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
