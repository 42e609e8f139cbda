interface Props {
  /** 0 to 1; null while the amount of work is not known yet. */
  fraction: number | null;
  label: string;
  /** What the bar stands for in words ("1,200 rows so far · 40%"), read out instead of a bare percentage. */
  valueText?: string;
}

/** A progress bar that assistive technology can read; indeterminate while the fraction is unknown. */
export function ProgressBar({ fraction, label, valueText }: Props) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className={percent === null ? 'progress progress-indeterminate' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={valueText}
    >
      <div
        className="progress-fill"
        style={percent === null ? undefined : { width: `${String(percent)}%` }}
      />
    </div>
  );
}
