import type { RegenerationDiff } from '../../../shared/report';

/** What a regeneration found, in plain sentences, above the report it changed (not printed). */
export function RegenerationNotice({ diff }: { diff: RegenerationDiff }) {
  return (
    <div
      className={
        diff.same
          ? 'notice report-regeneration screen-only'
          : 'notice notice-warning report-regeneration screen-only'
      }
      role="status"
      data-testid="report-regeneration"
      data-same={diff.same ? 'true' : 'false'}
    >
      {diff.sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {diff.same ? null : <p>The report now shows the figures as counted now; Save keeps them.</p>}
    </div>
  );
}
