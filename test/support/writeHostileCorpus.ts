/**
 * Writes the hostile-file corpus (test/fixtures/hostile/) from its recipes in `hostileCorpus.ts`.
 * Run it after changing a recipe: `npx tsx test/support/writeHostileCorpus.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { HOSTILE, HOSTILE_DIR } from './hostileCorpus';

await mkdir(HOSTILE_DIR, { recursive: true });
for (const entry of HOSTILE) await writeFile(`${HOSTILE_DIR}${entry.file}`, await entry.make());
console.log(`Wrote ${HOSTILE.length} files to ${HOSTILE_DIR}`);
