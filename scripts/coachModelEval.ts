/**
 * Measures whether a learned second opinion would help the coach's wording rules. Trains a
 * logistic-regression model over word stems, word pairs and number shapes on every corpus
 * file except the ones measured, then reports, per rule and per threshold, precision and
 * recall of "the rules alone" and "the rules, or the model when it is at least that sure".
 * Usage: tsx scripts/coachModelEval.ts SPLIT.csv [SPLIT.csv …] [--exclude FILE.csv …]
 * (`--exclude` also keeps a file out of training, e.g. rows written from the split's misses).
 *
 * Measured on development splits written after the rules were frozen, the model added at
 * most one or two true positives per split at thresholds that keep precision at 0.95, so the
 * coach does not ship it (see test/fixtures/coach/README.md). This keeps the experiment
 * repeatable for when the corpus grows.
 */
import { coachRow } from './coachEval/score';
import { CORPUS_FILES, examplesFor, labelOf, MODEL_RULES, readLabelled } from './coachModel/corpus';
import { modelFeatures } from './coachModel/features';
import { probability, trainLinear } from './coachModel/linear';

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8];

function ratio(n: number, d: number): string {
  return d === 0 ? '  -  ' : (n / d).toFixed(2);
}

function main(argv: string[]): number {
  const excluded = argv.filter((a, i) => argv[i - 1] === '--exclude');
  const measured = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--exclude');
  if (measured.length === 0) {
    process.stderr.write('usage: tsx scripts/coachModelEval.ts SPLIT.csv [SPLIT.csv …]\n');
    return 2;
  }
  const held = new Set([...measured, ...excluded].map((f) => f.replace(/^\.\//, '')));
  const train = readLabelled(CORPUS_FILES.filter((f) => !held.has(f)));
  const test = readLabelled(measured);
  const lines = [`trained on ${train.length} rows; measured on ${test.length} rows`];
  for (const rule of MODEL_RULES) {
    const model = trainLinear(examplesFor(rule, train));
    const tallies = new Map<string, { tp: number; fp: number; fn: number }>();
    const add = (key: string, predicted: boolean, label: 0 | 1): void => {
      const t = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      if (predicted && label === 1) t.tp += 1;
      else if (predicted) t.fp += 1;
      else if (label === 1) t.fn += 1;
      tallies.set(key, t);
    };
    for (const row of test) {
      const label = labelOf(rule, row);
      if (label === null) continue;
      const byRules = coachRow(row).some((f) => f.rule === rule);
      const p = probability(
        model,
        modelFeatures({
          title: row.keyResult,
          metric: row.metric,
          baseline: row.baseline,
          target: row.target,
        }),
      );
      add('rules', byRules, label);
      for (const th of THRESHOLDS) add(`rules or p ≥ ${th}`, byRules || p >= th, label);
    }
    lines.push('', rule);
    for (const [key, t] of tallies) {
      lines.push(
        `  ${key.padEnd(16)} precision ${ratio(t.tp, t.tp + t.fp)}  recall ${ratio(t.tp, t.tp + t.fn)}  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
