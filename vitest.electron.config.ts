import { defineConfig } from 'vitest/config';

/** End to end in real Electron; each test skips with a printed reason where no binary exists. */
export default defineConfig({
  test: {
    name: 'electron-e2e',
    environment: 'node',
    include: ['test/electron-e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
