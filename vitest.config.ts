import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Unit tests: node for shared/, electron/ and scripts/, jsdom with fake-indexeddb for renderer/. */
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  resolve: { alias: { '@shared': resolve('shared') } },
  test: {
    // One generous limit for every unit test: a busy two-core machine must not fail a test that
    // is merely slow. Tests that finish return at once, so this costs nothing when all is well.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/unit/shared/**/*.test.ts',
            'test/unit/electron/**/*.test.ts',
            'test/unit/scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});
