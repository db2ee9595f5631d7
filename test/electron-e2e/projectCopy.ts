import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './launch';

/** What `npm start` needs from a fresh clone: the manifest, the build config and the sources. */
const PROJECT_FILES = [
  'package.json',
  'electron.vite.config.ts',
  'vite.participant.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
  'electron',
  'renderer',
  'shared',
  'scripts',
];

/**
 * A copy of the project in a temporary folder, as a fresh machine has it after `npm install`:
 * no build output and an `electron` package that has not fetched its binary (no `path.txt`,
 * no `dist/`). The other packages are linked from this checkout rather than installed again.
 */
export async function copyProjectWithoutElectronBinary(): Promise<{
  dir: string;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'quarterdeck-fresh-'));
  for (const name of PROJECT_FILES) {
    await cp(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  const modules = join(repoRoot, 'node_modules');
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(modules)) {
    if (name === 'electron') continue;
    await symlink(join(modules, name), join(dir, 'node_modules', name), 'junction');
  }
  // Copied, not linked: Node resolves links to their real folder, and the package looks for
  // path.txt beside its own index.js.
  const electron = join(modules, 'electron');
  const fetched = [join(electron, 'path.txt'), join(electron, 'dist')];
  await cp(electron, join(dir, 'node_modules', 'electron'), {
    recursive: true,
    filter: (source) => !fetched.includes(source),
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
