import { useState } from 'react';
import type { SavedMapping } from '../../../shared/domain';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { useAction } from '../hooks/useAction';
import { useSavedMappings } from '../hooks/useSavedMappings';
import { ErrorNotice } from './ErrorNotice';

const HEADERS_SHOWN = 6;

function headerPreview(mapping: SavedMapping): string {
  const shown = mapping.headers.slice(0, HEADERS_SHOWN).join(', ');
  return mapping.headers.length > HEADERS_SHOWN
    ? `${shown}, … (${String(mapping.headers.length)} columns)`
    : shown;
}

/** The mappings Vigil applies by itself to files whose header reads the same, with a way to forget one. */
export function SavedMappings() {
  const { value, error, reload } = useSavedMappings();
  const remove = useAction('mappings.delete');
  const [removing, setRemoving] = useState<number | null>(null);
  if (error !== null) return <ErrorNotice error={error} context="The saved mappings could not be read." />;
  if (value === null) return null;
  if (value.rows.length === 0) {
    return (
      <p className="muted">
        No saved mappings yet. Tick “Save mapping as” when importing a file, and the next file with the same
        header is mapped the same way.
      </p>
    );
  }
  return (
    <div className="table-scroll history-scroll">
      <table className="data-table mappings-table">
        <caption className="visually-hidden">Saved mappings</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Header it applies to</th>
            <th scope="col">Updated (UTC)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {value.rows.map((mapping) => (
            <tr key={mapping.id}>
              <th scope="row" className="row-head">
                {mapping.name}
              </th>
              <td className="cell-headers" title={mapping.headers.join(', ')}>
                {headerPreview(mapping)}
              </td>
              <td>
                <time dateTime={mapping.updatedAt} title={formatUtcFull(mapping.updatedAt)}>
                  {formatUtcMinute(mapping.updatedAt)}
                </time>
              </td>
              <td className="cell-action">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Delete the saved mapping ${mapping.name}`}
                  disabled={removing === mapping.id}
                  onClick={() => {
                    setRemoving(mapping.id);
                    void remove.run({ id: mapping.id }).then(() => {
                      setRemoving(null);
                      reload();
                    });
                  }}
                >
                  {removing === mapping.id ? 'Deleting…' : 'Delete'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {remove.error === null ? null : (
        <ErrorNotice error={remove.error} context="The mapping could not be deleted." />
      )}
    </div>
  );
}
