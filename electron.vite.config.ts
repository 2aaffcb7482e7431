// Build of the three parts: main (ESM, Node), the sandboxed preload (one CommonJS .cjs file:
// a sandboxed preload cannot load ESM or node_modules), and the React renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * In `electron-vite dev` only, relaxes the page's CSP meta tag for React refresh (an inline
 * script) and the HMR socket. The built page keeps the strict policy.
 */
const devCsp = (): Plugin => ({
  name: 'nianbao:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*"),
});

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        // The batch worker sits next to index.js, where src/main/batch/entry.ts looks for it.
        input: {
          index: resolve(root, 'src/main/electron/index.ts'),
          'check-worker': resolve(root, 'src/main/batch/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle zod-free shared code into the preload; only `electron` stays external.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // The app runs offline from its own files: no inlined data: URLs the CSP would refuse.
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { index: resolve(root, 'src/renderer/index.html') },
      },
    },
  },
});
