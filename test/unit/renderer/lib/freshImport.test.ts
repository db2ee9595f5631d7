import { describe, expect, it } from 'vitest';
import { failedModuleUrl, freshModuleUrl } from '../../../../renderer/src/lib/freshImport';

const here = globalThis.location.origin;

describe('the file a failed import names', () => {
  it('is read from Chromium’s and Firefox’s messages', () => {
    expect(
      failedModuleUrl(
        new TypeError(`Failed to fetch dynamically imported module: ${here}/assets/Setting-Ab1.js`),
      ),
    ).toBe(`${here}/assets/Setting-Ab1.js`);
    expect(
      failedModuleUrl(
        new TypeError(`error loading dynamically imported module: ${here}/assets/Setting-Ab1.js`),
      ),
    ).toBe(`${here}/assets/Setting-Ab1.js`);
  });

  it('is none when the message names no file, or a file from elsewhere', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(new Error('Still not loaded after 20 s.'))).toBeNull();
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
      ),
    ).toBeNull();
    expect(failedModuleUrl(undefined)).toBeNull();
  });
});

describe('a fresh URL for the same file', () => {
  it('differs on every attempt and keeps the path', () => {
    const first = freshModuleUrl(`${here}/assets/Setting-Ab1.js`, 1);
    const second = freshModuleUrl(first, 2);
    expect(first).toBe(`${here}/assets/Setting-Ab1.js?retry=1`);
    expect(second).toBe(`${here}/assets/Setting-Ab1.js?retry=2`);
  });
});
