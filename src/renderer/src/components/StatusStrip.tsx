import { useClientChoice } from '../api/useClientChoice';
import { countOf } from '../format/count';
import { useStoreInfo } from '../hooks/useStoreInfo';

/** The footer: which store is open, how the page talks to it, and that nothing leaves the machine. */
export function StatusStrip() {
  const { transport } = useClientChoice();
  const { value, error } = useStoreInfo();
  return (
    <footer className="status-strip">
      <span className="status-item status-store" title={value?.path}>
        {error !== null
          ? `Store unavailable: ${error.message}`
          : value === null
            ? 'Opening store…'
            : `Store ${value.path}`}
      </span>
      {value === null ? null : (
        <>
          <span className="status-item">schema v{value.schemaVersion}</span>
          <span className="status-item">{countOf(value.imports, 'import')}</span>
        </>
      )}
      <span className="status-spacer" />
      <span className="status-item">{transport === 'ipc' ? 'Desktop' : 'Browser · 127.0.0.1 only'}</span>
      <span className="status-item status-offline">Offline · no network</span>
    </footer>
  );
}
