// Bundles the `nianbao` command (src/cli) into dist/cli.mjs and the batch pool's worker thread
// into dist/check-worker.mjs, next to it, where the pool looks for it (src/main/batch/entry.ts),
// with the chunks both load in dist/chunks/;
// run by `npm ci` through `prepare`. `--outdir DIR` builds elsewhere (the batch tests do).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

// Chunk names carry a content hash: without this, every rebuild would leave the last one's
// chunks beside the new ones.
rmSync(join(values.outdir, 'chunks'), { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'src/cli/main.ts',
    'check-worker': 'src/main/batch/worker.ts',
  },
  outdir: values.outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // The CLI's dynamic imports (src/cli/main.ts) become chunks loaded on demand, so that a JSON
  // batch does not load exceljs and the exporters; code both entries share goes to chunks too.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
