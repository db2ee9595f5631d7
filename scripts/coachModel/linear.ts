/**
 * A logistic-regression model per rule over sparse binary features, trained by deterministic
 * full-batch gradient descent (AdaGrad steps, fixed iteration count, features in sorted
 * order), so the same corpus always gives the same weights.
 */

/** One rule's weights: the bias and a weight per feature (absent means zero). */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

/** A training example: its features and whether the rule should fire (1) or not (0). */
export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty per feature weight. */
  l2: number;
  /** Features seen in fewer examples than this are dropped. */
  minCount: number;
  /** Weights smaller than this (in absolute value) are dropped from the model. */
  prune: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  iterations: 300,
  learningRate: 0.3,
  l2: 0.02,
  minCount: 2,
  prune: 0.02,
};

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability that the rule applies to these features. */
export function probability(model: LinearModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** The features that pushed hardest towards firing, strongest first. */
export function strongestFeatures(
  model: LinearModel,
  features: readonly string[],
  n = 3,
): { feature: string; weight: number }[] {
  return features
    .map((feature) => ({ feature, weight: model.weights[feature] ?? 0 }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, n);
}

// Four decimals: enough for the decision, and identical across machines after rounding.
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}

/** Trains one rule's model. Deterministic: the same examples in the same order give the same model. */
export function trainLinear(
  examples: readonly Example[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): LinearModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.keys()]
    .filter((f) => (counts.get(f) ?? 0) >= options.minCount)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    ids: e.features.flatMap((f) => (index.has(f) ? [index.get(f) ?? 0] : [])),
    label: e.label,
  }));
  const w = new Float64Array(vocabulary.length);
  const g2 = new Float64Array(vocabulary.length);
  let bias = 0;
  let biasG2 = 0;
  const n = rows.length || 1;
  for (let it = 0; it < options.iterations; it += 1) {
    const grad = new Float64Array(vocabulary.length);
    let biasGrad = 0;
    for (const r of rows) {
      let z = bias;
      for (const i of r.ids) z += w[i] ?? 0;
      const err = sigmoid(z) - r.label;
      biasGrad += err;
      for (const i of r.ids) grad[i] = (grad[i] ?? 0) + err;
    }
    for (let i = 0; i < w.length; i += 1) {
      const gi = (grad[i] ?? 0) / n + options.l2 * (w[i] ?? 0);
      g2[i] = (g2[i] ?? 0) + gi * gi;
      w[i] = (w[i] ?? 0) - (options.learningRate * gi) / (Math.sqrt(g2[i] ?? 0) + 1e-8);
    }
    const bg = biasGrad / n;
    biasG2 += bg * bg;
    bias -= (options.learningRate * bg) / (Math.sqrt(biasG2) + 1e-8);
  }
  const weights: Record<string, number> = {};
  vocabulary.forEach((f, i) => {
    const v = round(w[i] ?? 0);
    if (Math.abs(v) >= options.prune) weights[f] = v;
  });
  return { bias: round(bias), weights };
}
