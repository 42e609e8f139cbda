import { changeClass, signedPct } from '../format/percent';

/** A change in percent with its sign; "n/a" where there was nothing to compare with. */
export function ChangeValue({ pct, testId }: { pct: number | null; testId?: string }) {
  return (
    <span
      className={changeClass(pct)}
      data-testid={testId}
      title={pct === null ? 'No incidents to compare with' : undefined}
    >
      {signedPct(pct)}
    </span>
  );
}
