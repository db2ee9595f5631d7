import { SETTING_STEPS } from '@shared/domain/setting/wizard';
import type { AppTarget } from '@shared/domain/workshop';
import { goToTarget } from '../navigation';

const PLACES: Record<Exclude<AppTarget['screen'], 'workshop' | 'setting'>, string> = {
  checkins: 'Check-ins',
  scoring: 'Scoring',
  retrospective: 'Retrospective',
};

function placeOf(target: AppTarget): string {
  if (target.screen === 'workshop') return 'the workshop';
  if (target.screen === 'setting') {
    const step = SETTING_STEPS.find((s) => s.id === target.step);
    return `Setting → ${step?.label ?? target.step}`;
  }
  return PLACES[target.screen];
}

/** For an item that happens elsewhere in the app: where, and a way there. */
export function StepTool({ target }: { target: AppTarget }) {
  const place = placeOf(target);
  return (
    <div className="step-tool">
      <p>
        This item happens in <strong>{place}</strong>. The timer keeps running in the bar at the top
        while you work there.
      </p>
      <button type="button" className="button button--primary" onClick={() => goToTarget(target)}>
        Go to {place}
      </button>
    </div>
  );
}
