import type { OffThreadProgress } from '../../../lib/offThread/tasks';

const PHASES: Readonly<Record<OffThreadProgress['phase'], string>> = {
  reading: 'Reading the rows',
  checking: 'Checking the plan',
  coaching: 'Coaching the key results',
};

/** How far reading a plan file has got, with a way to stop it. */
export function PreviewProgress({
  progress,
  onCancel,
}: {
  progress: OffThreadProgress | null;
  onCancel: () => void;
}) {
  const phase = progress ? PHASES[progress.phase] : 'Reading the file';
  const percent = progress?.phase === 'reading' ? Math.round(progress.fraction * 100) : null;
  return (
    <div className="import-progress" role="status">
      <p className="loading">
        {phase}…{percent !== null && percent > 0 ? ` ${percent}%` : ''}
      </p>
      <progress
        className="import-progress__bar"
        aria-label={phase}
        max={100}
        value={percent ?? undefined}
      />
      <button type="button" className="button button--small" onClick={onCancel}>
        Stop reading
      </button>
    </div>
  );
}
