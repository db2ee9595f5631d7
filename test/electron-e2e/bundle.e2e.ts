import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainEntry, repoRoot } from './launch';

const preload = join(repoRoot, 'out', 'preload', 'index.cjs');

// These check the build `npm run test:electron` has just made, so they run with or without an
// Electron binary: a broken preload would otherwise only show up as a blank window.
describe('the Electron build', () => {
  it('has a main entry and a preload where the main process looks for them', () => {
    expect(existsSync(mainEntry)).toBe(true);
    expect(existsSync(preload)).toBe(true);
  });

  it('bundles the preload into one CommonJS file that loads nothing but electron', () => {
    const code = readFileSync(preload, 'utf8');
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import[\s{*]/m);
    expect(code).not.toMatch(/\bimport\(/);
    expect(code).toContain('exposeInMainWorld("quarterdeck"');
  });

  it('never exposes ipcRenderer itself to the page', () => {
    const code = readFileSync(preload, 'utf8');
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(code).not.toMatch(/\bsend\s*:/);
  });
});
