/** Covers the window while files are dragged over it, so it is clear a drop anywhere will import. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-target">
        <div className="drop-title">Drop exports to import</div>
        <div className="drop-hint">CSV, TSV, JSON or NDJSON · read on this machine only</div>
      </div>
    </div>
  );
}
