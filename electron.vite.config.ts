import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { rendererCodeSplitting, rendererModulePreload } from './renderer/modulePreload.ts';

const alias = { '@shared': resolve('shared') };

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The dev server needs React's inline refresh script, which the page's strict CSP forbids: drop
 * the meta tag while serving. Built pages keep it, and main adds the same policy as a header.
 */
const relaxCspInDev: Plugin = {
  name: 'quarterdeck:relax-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload cannot load ES modules or other files: one CommonJS bundle.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    define: { __APP_VERSION__: JSON.stringify(version) },
    resolve: { alias },
    plugins: [react(), relaxCspInDev],
    // The file worker is an ES module, like the page (`new Worker(url, { type: 'module' })`).
    worker: { format: 'es' },
    build: {
      modulePreload: rendererModulePreload,
      rolldownOptions: {
        input: { index: resolve('renderer/index.html') },
        // Rolldown's plugin-timing hint (PLUGIN_TIMINGS) is for tuning the build, not for someone
        // starting the app: it printed as a yellow warning on every slow machine's first run.
        checks: { bundlerTimings: false },
        output: { codeSplitting: rendererCodeSplitting },
      },
    },
  },
});
