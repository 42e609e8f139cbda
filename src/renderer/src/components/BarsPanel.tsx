import { useState, type ReactNode } from 'react';
import { ShowAsTableButton } from './ShowAsTableButton';

interface Props {
  /** Prefix of the panel's test ids and of its heading's id ("breakdown-region", "top-asset"). */
  id: string;
  title: ReactNode;
  subtitle: string;
  loading: boolean;
  /** The panel's content, as bars or as a table. */
  children: (asTable: boolean) => ReactNode;
  foot?: ReactNode;
}

/** A dashboard panel of ranked bars: a heading, the switch to the same numbers as a table, a foot. */
export function BarsPanel({ id, title, subtitle, loading, children, foot }: Props) {
  const [asTable, setAsTable] = useState(false);
  const titleId = `${id}-title`;
  return (
    <section className="panel breakdown-panel" aria-labelledby={titleId} aria-busy={loading} data-testid={id}>
      <header className="panel-head">
        <h2 className="panel-title" id={titleId}>
          {title}
          <span className="muted panel-subtitle"> · {subtitle}</span>
        </h2>
        <div className="panel-actions">
          <ShowAsTableButton
            asTable={asTable}
            testId={`${id}-as-table`}
            onToggle={() => {
              setAsTable((t) => !t);
            }}
          />
        </div>
      </header>
      {children(asTable)}
      {foot}
    </section>
  );
}

/** Opens the incidents table at a bar's address, where it has one. */
export function openAddress(href: string | null): void {
  if (href !== null) window.location.hash = href;
}
