import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** The id of the control the label names. */
  htmlFor: string;
  hint?: string | undefined;
  problem?: string | undefined;
  children: ReactNode;
}

/** The ids of a field's hint and problem, for its control's aria-describedby. */
export function describedBy(htmlFor: string, hint: boolean, problem: boolean): string | undefined {
  const ids = [hint ? `${htmlFor}-hint` : null, problem ? `${htmlFor}-problem` : null].filter(
    (id): id is string => id !== null,
  );
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** One field of the rule editor: its label, its control, a hint, and what is wrong with it. */
export function FormRow({ label, htmlFor, hint, problem, children }: Props) {
  return (
    <div className={problem === undefined ? 'rule-row' : 'rule-row has-problem'}>
      <label className="rule-label" htmlFor={htmlFor} id={`${htmlFor}-label`}>
        {label}
      </label>
      <div className="rule-control">
        {children}
        {hint === undefined ? null : (
          <p className="rule-hint" id={`${htmlFor}-hint`}>
            {hint}
          </p>
        )}
        {problem === undefined ? null : (
          <p
            className="rule-problem"
            id={`${htmlFor}-problem`}
            role="alert"
            data-testid={`rule-problem-${htmlFor}`}
          >
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
