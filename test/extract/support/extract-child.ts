// Extracts the files given and prints one JSON line: whether @napi-rs/canvas could be loaded
// here, and each file's whole extraction result.
import { createRequire } from 'node:module';
import { extractFile } from '../../../src/main/extract';

const canvasLoads = (): boolean => {
  try {
    createRequire(import.meta.url)('@napi-rs/canvas');
    return true;
  } catch {
    return false;
  }
};

const results = [];
for (const file of process.argv.slice(2)) results.push(await extractFile(file));
process.stdout.write(JSON.stringify({ canvas: canvasLoads(), results }) + '\n');
