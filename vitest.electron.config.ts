import { defineConfig } from 'vitest/config';
import { TEST_MS, WAIT_MS } from './test/e2e/support/timeouts.ts';

/** End to end in real Electron; each test skips with a printed reason where no binary exists. */
export default defineConfig({
  test: {
    name: 'electron-e2e',
    environment: 'node',
    include: ['test/electron-e2e/**/*.e2e.ts'],
    testTimeout: TEST_MS,
    hookTimeout: TEST_MS,
    expect: { poll: { timeout: WAIT_MS, interval: 100 } },
    fileParallelism: false,
  },
});
