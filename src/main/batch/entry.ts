// Where the worker thread's script is, in each way the app runs: from TypeScript source (tsx,
// vitest), from the esbuild CLI bundle (dist/), or from the Electron main bundle (out/main/).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A script to start as a worker thread, with the Node options it needs. */
export interface WorkerEntry {
  url: URL;
  execArgv: string[];
}

/** The file names a bundler gives the worker entry next to the bundle that runs the pool. */
export const BUNDLED_WORKER_NAMES = ['check-worker.mjs', 'check-worker.js'] as const;

/** The tsx loader, resolved from here so that a worker finds it whatever the current folder. */
const tsxLoader = (): string => {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return 'tsx';
  }
};

/**
 * Resolves the worker entry, or null when there is none (the batch then runs in-process).
 *
 * - `override`: a path or URL given by the host, e.g. the Electron main bundle's
 *   `import workerPath from './worker?modulePath'` (electron-vite builds it separately);
 *   a `.ts` override is started through tsx like the source entry.
 * - From source (this module is a `.ts` file, under tsx or vitest): `./worker.ts`, with tsx
 *   loaded into the worker (`--import tsx`), since Node's own type stripping cannot resolve the
 *   extensionless imports of the sources.
 * - From a bundle: `check-worker.mjs` (esbuild, scripts/build-cli.mjs) or `check-worker.js`
 *   (a second electron-vite main input) in the folder of the bundle holding this code.
 */
export const resolveWorkerEntry = (
  override?: string | URL,
  here: string = import.meta.url,
): WorkerEntry | null => {
  const withLoader = (url: URL): WorkerEntry => ({
    url,
    execArgv: url.pathname.endsWith('.ts') ? ['--import', tsxLoader()] : [],
  });
  if (override !== undefined) {
    const url =
      override instanceof URL
        ? override
        : override.startsWith('file:')
          ? new URL(override)
          : pathToFileURL(resolve(override));
    return existsSync(fileURLToPath(url)) ? withLoader(url) : null;
  }
  if (new URL(here).pathname.endsWith('.ts')) return withLoader(new URL('./worker.ts', here));
  for (const name of BUNDLED_WORKER_NAMES) {
    const url = new URL(`./${name}`, here);
    if (existsSync(fileURLToPath(url))) return withLoader(url);
  }
  return null;
};
