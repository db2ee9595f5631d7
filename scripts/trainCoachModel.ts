/**
 * Retrains the coach's linear model on the labelled corpus and writes its weights.
 * Usage: tsx scripts/trainCoachModel.ts (run it after changing the corpus, the features or
 * the coach's text reading; test/unit/shared/coach/model.test.ts fails until you do).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { trainCoachModel } from './coachModel/train';

const OUT = fileURLToPath(new URL('../shared/domain/coach/model/weights.json', import.meta.url));

async function main(): Promise<void> {
  const weights = trainCoachModel();
  await writeFile(OUT, `${JSON.stringify(weights, null, 2)}\n`, 'utf8');
  const sizes = Object.entries(weights.rules)
    .map(([rule, m]) => `${rule} ${Object.keys(m.weights).length}`)
    .join(', ');
  process.stdout.write(
    `trained on ${weights.rows} rows; weights per rule: ${sizes}\nwrote ${OUT}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `trainCoachModel: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
