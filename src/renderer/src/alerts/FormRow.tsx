import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** The id of the control the label names. */
  htmlFor: string;
  hint?: string;
  problem?: string | undefined;
  children: ReactNode;
}

/** One field of the rule editor: its label, its control, a hint, and what is wrong with it. */
export function FormRow({ label, htmlFor, hint, problem, children }: Props) {
  return (
    <div className={problem === undefined ? 'rule-row' : 'rule-row has-problem'}>
      <label className="rule-label" htmlFor={htmlFor}>
        {label}
      </label>
      <div className="rule-control">
        {children}
        {hint === undefined ? null : <p className="rule-hint">{hint}</p>}
        {problem === undefined ? null : (
          <p className="rule-problem" role="alert" data-testid={`rule-problem-${htmlFor}`}>
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
