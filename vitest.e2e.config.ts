import { defineConfig } from 'vitest/config';

/** End to end in real Chromium against the built renderer (dist-web) served on 127.0.0.1. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['test/e2e/globalSetup.ts'],
  },
});
