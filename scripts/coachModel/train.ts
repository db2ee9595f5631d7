import { DEFAULT_TRAIN_OPTIONS, trainLinear } from '../../shared/domain/coach/model/linear';
import { MODEL_RULES, type ModelWeights } from '../../shared/domain/coach/model/opinion';
import { examplesFor, readLabelled, TRAINING_FILES } from './corpus';

/** Trains every model rule on the training files. Deterministic: same corpus, same weights. */
export function trainCoachModel(files: readonly string[] = TRAINING_FILES): ModelWeights {
  const rows = readLabelled(files);
  const rules = Object.fromEntries(
    MODEL_RULES.map((rule) => [rule, trainLinear(examplesFor(rule, rows), DEFAULT_TRAIN_OPTIONS)]),
  ) as ModelWeights['rules'];
  return { trainedOn: [...files], rows: rows.length, options: DEFAULT_TRAIN_OPTIONS, rules };
}
