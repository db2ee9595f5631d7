import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { rendererCodeSplitting, rendererModulePreload } from './renderer/modulePreload.ts';

/** The same renderer built as a plain web app, for `npm run web` and the Chromium e2e suite. */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  root: resolve('renderer'),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: { alias: { '@shared': resolve('shared') } },
  plugins: [react()],
  // The file worker is an ES module, like the page (`new Worker(url, { type: 'module' })`).
  worker: { format: 'es' },
  build: {
    modulePreload: rendererModulePreload,
    rolldownOptions: {
      // Rolldown's plugin-timing hint (PLUGIN_TIMINGS) is for tuning the build, not for someone
      // starting the app: it printed as a yellow warning on every slow machine's first run.
      checks: { bundlerTimings: false },
      output: { codeSplitting: rendererCodeSplitting },
    },
    outDir: resolve('dist-web'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
});
