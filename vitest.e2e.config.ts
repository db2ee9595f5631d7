import { defineConfig } from 'vitest/config';
import { TEST_MS, WAIT_MS } from './test/e2e/support/timeouts.ts';

/** End to end in real Chromium against the built renderer (dist-web) served on 127.0.0.1. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: TEST_MS,
    hookTimeout: TEST_MS,
    // expect.poll gives up after one second by default: far too soon on a busy machine.
    expect: { poll: { timeout: WAIT_MS, interval: 100 } },
    fileParallelism: false,
    globalSetup: ['test/e2e/globalSetup.ts'],
  },
});
