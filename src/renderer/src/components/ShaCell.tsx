import { useTranslation } from 'react-i18next';

/**
 * A SHA-256 as a table shows it: the first 10 digits, the whole on hover (title) and on keyboard focus
 * (the cell is focusable and shows all 64 digits while focused, so it can be read and selected).
 */
export function ShaCell({ sha256 }: { sha256: string }) {
  const { t } = useTranslation('import');
  if (sha256 === '') return <td className="muted">–</td>;
  const label = t('history.sha', { sha: sha256 });
  return (
    <td className="cell-sha">
      {/* Focusable so the full digest shows for the keyboard; read out as the words, not the digits shown. */}
      <span className="sha" tabIndex={0} title={label}>
        <span className="visually-hidden">{label}</span>
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
