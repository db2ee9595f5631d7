import type { CoachRule } from '../types';
import { modelFeatures, type ModelInput } from './features';
import { probability, strongestFeatures, type LinearModel, type TrainOptions } from './linear';
import weightsJson from './weights.json';

/**
 * A second opinion next to the wording rules: a linear model over word stems, word pairs and
 * number shapes, trained by `scripts/trainCoachModel.ts` on the labelled corpus in
 * test/fixtures/coach. It only ever adds a finding the rules missed, and only when it is
 * confident; the words that pushed it over the line are quoted as the reason.
 */

/** The rules the model gives an opinion on: wording rules, not structure. */
export const MODEL_RULES = ['output-not-outcome', 'gameable-metric'] as const;
export type ModelRule = (typeof MODEL_RULES)[number] & CoachRule;

/** The committed weights file. */
export interface ModelWeights {
  trainedOn: string[];
  rows: number;
  options: TrainOptions;
  rules: Record<ModelRule, LinearModel>;
}

/** How sure the model must be before it adds a finding the rules did not make. */
export const OPINION_THRESHOLD: Readonly<Record<ModelRule, number>> = {
  'output-not-outcome': 0.7,
  'gameable-metric': 0.7,
};

function isModel(x: unknown): x is LinearModel {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as { bias?: unknown; weights?: unknown };
  return typeof m.bias === 'number' && typeof m.weights === 'object' && m.weights !== null;
}

function readWeights(json: unknown): Record<ModelRule, LinearModel> | null {
  const rules = (json as { rules?: Record<string, unknown> } | null)?.rules;
  if (!rules) return null;
  const out: Partial<Record<ModelRule, LinearModel>> = {};
  for (const rule of MODEL_RULES) {
    const m = rules[rule];
    if (!isModel(m)) return null;
    out[rule] = m;
  }
  return out as Record<ModelRule, LinearModel>;
}

const MODELS = readWeights(weightsJson);

/** The model's verdict on one key result for one rule. */
export interface Opinion {
  probability: number;
  /** The wording that pushed hardest towards the rule, as people would read it. */
  cues: string[];
}

const SHAPES: Readonly<Record<string, string>> = {
  's:from-to': 'a from → to change',
  's:bound': 'a bound such as "under 15 min"',
  's:relative': 'a relative change',
  's:no-number': 'no number',
  's:field-numbers': 'numbers in the fields',
  's:zero-to-one': 'a count from 0 to 1',
  's:named': 'a named organisation',
};

/** Turns a feature back into words: "b:onboard_#n" → "onboard N". */
export function describeFeature(feature: string): string {
  const shape = SHAPES[feature];
  if (shape) return shape;
  const words = feature
    .slice(2)
    .split('_')
    .map((w) => (w.startsWith('#') ? 'N' : w))
    .join(' ');
  return feature.startsWith('l:') ? `opens with "${words}"` : `"${words}"`;
}

/** The model's opinion for a rule, or null when no weights are available. */
export function modelOpinion(rule: ModelRule, kr: ModelInput): Opinion | null {
  const model = MODELS?.[rule];
  if (!model) return null;
  const features = modelFeatures(kr);
  return {
    probability: probability(model, features),
    cues: strongestFeatures(model, features, 3).map((f) => describeFeature(f.feature)),
  };
}

/** True when the model is confident enough to add the rule's finding on its own. */
export function isConfident(rule: ModelRule, opinion: Opinion | null): opinion is Opinion {
  return opinion !== null && opinion.probability >= OPINION_THRESHOLD[rule];
}
