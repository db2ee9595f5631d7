import { readFile } from 'node:fs/promises';

/*
 * The floor for the CLI export: what any command must do with a backup file, read it and parse
 * it, and nothing else. Run the same way as `npm run cli` runs the command line (plain Node on a
 * JavaScript file), so start-up costs match.
 */
const [path] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: floor.mjs BACKUP.json\n');
  process.exit(2);
}
const parsed = JSON.parse(await readFile(path, 'utf8'));
if (typeof parsed.data !== 'object' || parsed.data === null) {
  process.stderr.write(`${path}: not a backup\n`);
  process.exit(2);
}
