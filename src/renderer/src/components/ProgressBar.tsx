interface Props {
  /** 0 to 1; null while the amount of work is not known yet. */
  fraction: number | null;
  label: string;
}

/** A progress bar that assistive technology can read; indeterminate while the fraction is unknown. */
export function ProgressBar({ fraction, label }: Props) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className={percent === null ? 'progress progress-indeterminate' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
    >
      <div
        className="progress-fill"
        style={percent === null ? undefined : { width: `${String(percent)}%` }}
      />
    </div>
  );
}
