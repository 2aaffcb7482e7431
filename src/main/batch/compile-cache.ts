// V8's compiled code for the batch's modules kept on disk between runs (Node's module compile
// cache, `module.enableCompileCache`). Each batch worker compiles the checker, pdf.js and pdf.js's
// worker side (~3 MB of JavaScript) again when it starts: ~0.2 s of CPU per worker, before its
// first file. With the cache, V8 reads the code back instead of parsing it. Node keys each entry
// by the module's path and a hash of its source, so a rebuilt or updated file simply misses.
//
// The cache lives in the user's cache folder, never next to the program (an installed program's
// folder is often read-only, and shared between users). A folder that cannot be created or
// written, or NODE_DISABLE_COMPILE_CACHE=1, only leaves the cache off: nothing else changes.
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user's cache folder for nianbao's compiled code, by the platform's convention. */
export const compileCacheDir = (
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): string | null => {
  // Node's own variable names the folder when the user set it.
  if (env['NODE_COMPILE_CACHE']) return env['NODE_COMPILE_CACHE'];
  const base =
    platform === 'win32'
      ? (env['LOCALAPPDATA'] ?? (home ? join(home, 'AppData', 'Local') : null))
      : platform === 'darwin'
        ? home
          ? join(home, 'Library', 'Caches')
          : null
        : env['XDG_CACHE_HOME'] || (home ? join(home, '.cache') : null);
  return base ? join(base, 'nianbao', 'compile-cache') : null;
};

/**
 * Turns the compile cache on for this thread (each worker thread has its own module loader, so
 * each calls this before it loads the checker). Never throws.
 */
export const useCompileCache = (): void => {
  const enable = (nodeModule as { enableCompileCache?: typeof nodeModule.enableCompileCache })
    .enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    const dir = compileCacheDir(process.env, process.platform, homedir());
    if (dir) enable(dir);
  } catch {
    // No home folder (homedir throws), or the folder refused: the cache stays off.
  }
};
