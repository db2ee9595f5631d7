import { describe, expect, it } from 'vitest';
import { examplesFor, labelOf, readLabelled } from '../../../scripts/coachModel/corpus';
import { modelFeatures, stem } from '../../../scripts/coachModel/features';
import { probability, trainLinear } from '../../../scripts/coachModel/linear';

// The learned second opinion is an experiment kept repeatable (npm run coach:model-eval):
// the same corpus must always give the same model, and the features must fold spelling.
describe('the coach model experiment', () => {
  it('folds British and American spelling and word endings into one stem', () => {
    expect(stem('organisation')).toBe(stem('organization'));
    expect(stem('containerising')).toBe(stem('containerizing'));
    expect(stem('dashboards')).toBe('dashboard');
  });

  it('reads numbers as their kind, so the model learns shapes, not values', () => {
    const f = modelFeatures({
      title: 'Cut MTTR from 2 hours to 30 minutes',
      baseline: null,
      target: null,
    });
    expect(f).toContain('w:#time');
    expect(f).toContain('s:from-to');
    expect(f.join(' ')).not.toMatch(/\b30\b/);
  });

  it('trains deterministically, and learns something', () => {
    const rows = readLabelled(['test/fixtures/plans/coach-cases.csv']);
    const examples = examplesFor('output-not-outcome', rows);
    expect(examples.length).toBeGreaterThan(300);
    const options = { iterations: 60, learningRate: 0.3, l2: 0.02, minCount: 2, prune: 0.02 };
    const a = trainLinear(examples, options);
    expect(trainLinear(examples, options)).toEqual(a);
    const task = modelFeatures({
      title: 'Migrate the billing service to Kubernetes',
      baseline: null,
      target: null,
    });
    const outcome = modelFeatures({
      title: 'Reduce escaped bugs from 12 to 4 per month',
      baseline: null,
      target: null,
    });
    expect(probability(a, task)).toBeGreaterThan(probability(a, outcome));
  });

  it('leaves rows where a rule is acceptable either way out of that rule’s examples', () => {
    const [row] = readLabelled(['test/fixtures/coach/dev-0.csv']).filter((r) =>
      r.keyResult.startsWith('Build 25 new LiveOps dashboards'),
    );
    expect(row && labelOf('gameable-metric', row)).toBe(1);
    expect(row && labelOf('output-not-outcome', row)).toBeNull();
    expect(row && labelOf('external-commitment', row)).toBe(0);
  });
});
