import type { MappingBase } from '../../hooks/wizardEntry';

interface Props {
  origin: MappingBase | null;
  changed: boolean;
  onReset: () => void;
}

/** Where the mapping came from (a saved mapping, or Vigil's reading of the header), and a way back to it. */
export function MappingOrigin({ origin, changed, onReset }: Props) {
  if (origin === null) return null;
  const from =
    origin.origin === 'saved' && origin.savedMapping !== null
      ? `Saved mapping “${origin.savedMapping.name}” applied`
      : 'Suggested from the header';
  return (
    <p className="mapping-origin" data-testid="mapping-origin">
      <span className={origin.origin === 'saved' ? 'origin-badge is-saved' : 'origin-badge'}>{from}</span>
      {changed ? (
        <>
          <span className="muted"> · changed by you</span>
          <button type="button" className="button button-small" onClick={onReset}>
            {origin.origin === 'saved' ? 'Back to the saved mapping' : 'Back to the suggestion'}
          </button>
        </>
      ) : null}
    </p>
  );
}
