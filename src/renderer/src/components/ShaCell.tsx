/**
 * A SHA-256 as a table shows it: the first 10 digits, the whole on hover (title) and on keyboard focus
 * (the cell is focusable and shows all 64 digits while focused, so it can be read and selected).
 */
export function ShaCell({ sha256 }: { sha256: string }) {
  if (sha256 === '') return <td className="muted">–</td>;
  return (
    <td className="cell-sha">
      <span className="sha" tabIndex={0} title={`SHA-256 ${sha256}`} aria-label={`SHA-256 ${sha256}`}>
        <code className="sha-short" aria-hidden="true">
          {sha256.slice(0, 10)}…
        </code>
        <code className="sha-full" aria-hidden="true">
          {sha256}
        </code>
      </span>
    </td>
  );
}
