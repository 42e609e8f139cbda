import type { ReactNode } from 'react';

interface Props {
  label: string;
  detail: string;
  testId: string;
  children: ReactNode;
}

/** One figure of the headline: what it is, the number, and the dates it counts. */
export function HeadlineFigure({ label, detail, testId, children }: Props) {
  return (
    <div className="figure">
      <dt className="figure-label">{label}</dt>
      <dd className="figure-value" data-testid={testId}>
        {children}
      </dd>
      <dd className="figure-detail">{detail}</dd>
    </div>
  );
}
