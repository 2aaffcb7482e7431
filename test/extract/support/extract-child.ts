// Extracts the files given and prints one JSON line: each file's whole extraction result,
// whether extraction loaded @napi-rs/canvas, and whether this process can load it at all.
import { createRequire } from 'node:module';
import { extractFile } from '../../../src/main/extract';

const require = createRequire(import.meta.url);
const canvasLoads = (): boolean => {
  try {
    require('@napi-rs/canvas');
    return true;
  } catch {
    return false;
  }
};

const results = [];
for (const file of process.argv.slice(2)) results.push(await extractFile(file));
const loaded = Object.keys(require.cache).some((k) => k.includes('@napi-rs'));
process.stdout.write(JSON.stringify({ loaded, available: canvasLoads(), results }) + '\n');
