import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The participant page the room serves to phones: its own small bundle, nothing of the app.
 * `npm run build:web` writes it to dist-room/; the desktop build to out/participant/.
 */
export default defineConfig({
  root: resolve('renderer/participant'),
  base: './',
  resolve: { alias: { '@shared': resolve('shared') } },
  plugins: [react()],
  build: {
    outDir: resolve('dist-room'),
    emptyOutDir: true,
    target: 'es2020',
    reportCompressedSize: false,
    // One file per kind: the room serves only .html, .js and .css.
    assetsInlineLimit: 0,
  },
});
