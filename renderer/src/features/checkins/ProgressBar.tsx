/** Progress from baseline to target as a bar with its percentage; empty when nothing is measured. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <span className="progress">
      <span
        className="progress__track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? 0}
        aria-valuetext={percent === null ? 'Not measured yet' : `${percent}% of the way to target`}
      >
        <span className="progress__fill" style={{ width: `${percent ?? 0}%` }} />
      </span>
      <span className="progress__label">{percent === null ? '—' : `${percent}%`}</span>
    </span>
  );
}
