import type { FileImportResult } from '../../../shared/domain';
import { formatCount } from '../format/count';

function outcome(file: FileImportResult): string {
  if (file.error === null) return 'done';
  return file.error.code === 'cancelled' ? 'cancelled' : 'failed';
}

/** Each file's counts and how it ended. */
export function SummaryFileTable({ files }: { files: readonly FileImportResult[] }) {
  return (
    <table className="data-table summary-table">
      <caption className="visually-hidden">Outcome per file</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col" className="num">
            Rows
          </th>
          <th scope="col" className="num">
            Imported
          </th>
          <th scope="col" className="num">
            Duplicates
          </th>
          <th scope="col" className="num">
            Rejected
          </th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file, index) => (
          <tr key={index}>
            <td className="cell-file" title={file.file}>
              {file.file}
            </td>
            <td className="num">{formatCount(file.rows)}</td>
            <td className="num">{formatCount(file.imported)}</td>
            <td className="num">{formatCount(file.duplicates)}</td>
            <td className="num">{formatCount(file.rejected)}</td>
            <td className={`outcome outcome-${outcome(file)}`}>{outcome(file)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
