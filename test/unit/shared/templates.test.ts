import { describe, expect, it } from 'vitest';
import { coachPlan } from '@shared/domain/coach/coach';
import type { PlanInput } from '@shared/domain/coach/types';
import { templateFamilySchema } from '@shared/domain/enums';
import { keyResultInputSchema, objectiveInputSchema } from '@shared/domain/inputs';
import { templateSchema } from '@shared/domain/entities';
import { BUILT_IN_TEMPLATES, templateFromSeed, templateToPlan } from '@shared/domain/templates';

const FAMILIES = templateFamilySchema.options.filter((f) => f !== 'custom');

/** A template as the coach sees it once inserted: no baselines yet. */
function planFor(seed: (typeof BUILT_IN_TEMPLATES)[number]): PlanInput {
  const { objective, keyResults } = templateToPlan(seed);
  return {
    objectives: [
      {
        id: seed.id,
        title: objective.title,
        kind: objective.kind,
        description: objective.description,
        parentObjectiveId: null,
        keyResults: keyResults.map((k, i) => ({ id: `${seed.id}:${i}`, ...k })),
      },
    ],
  };
}

describe('built-in templates', () => {
  it('cover every function with two or three objectives of two to four key results', () => {
    for (const family of FAMILIES) {
      const own = BUILT_IN_TEMPLATES.filter((t) => t.family === family);
      expect(own.length, family).toBeGreaterThanOrEqual(2);
      expect(own.length, family).toBeLessThanOrEqual(3);
      for (const t of own) {
        expect(t.keyResults.length, t.id).toBeGreaterThanOrEqual(2);
        expect(t.keyResults.length, t.id).toBeLessThanOrEqual(4);
      }
    }
  });

  it('have stable, unique built-in ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.id).toMatch(new RegExp(`^builtin:${t.family}:[a-z-]+$`));
      expect(t.isBuiltIn).toBe(true);
    }
    expect(ids).toContain('builtin:reliability:trust');
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s parses and is well formed',
    (_id, seed) => {
      const template = templateSchema.parse(templateFromSeed(seed));
      expect(template.title).not.toMatch(/\d/);
      for (const k of template.keyResults) {
        expect(k.metric, k.title).not.toBe('');
        expect(k.unit, k.title).not.toBe('');
        expect(k.target, k.title).not.toBeNull();
        expect(['increase', 'decrease']).toContain(k.direction);
        expect(k.measuredBy, k.title).not.toBe('');
      }
    },
  );

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s only lacks its baselines, in the coach’s eyes',
    (_id, seed) => {
      const findings = coachPlan(planFor(seed));
      const rules = new Set(findings.map((f) => f.rule));
      expect(rules.has('output-not-outcome')).toBe(false);
      expect(rules.has('gameable-metric')).toBe(false);
      expect([...rules]).toEqual(['missing-baseline']);
      expect(findings).toHaveLength(seed.keyResults.length);
    },
  );
});

describe('templateToPlan', () => {
  it('gives inputs that pass the entity schemas, with targets kept and baselines empty', () => {
    const seed = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin:reliability:trust');
    if (!seed) throw new Error('missing template');
    const { objective, keyResults } = templateToPlan(seed);
    expect(objectiveInputSchema.parse(objective)).toMatchObject({
      title: 'Customers can rely on us',
      kind: 'committed',
      parentObjectiveId: null,
    });
    expect(keyResults.map((k) => keyResultInputSchema.parse(k))).toEqual([
      expect.objectContaining({
        metric: 'P1 incidents per quarter',
        target: 2,
        direction: 'decrease',
        baseline: null,
        status: 'draft',
      }),
      expect.objectContaining({
        metric: 'MTTR',
        unit: 'min',
        target: 30,
        direction: 'decrease',
        baseline: null,
      }),
      expect.objectContaining({
        metric: 'Uptime measured by external monitoring',
        unit: '%',
        target: 99.95,
        direction: 'increase',
        baseline: null,
      }),
    ]);
  });
});
