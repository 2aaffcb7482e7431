// Module loader hook: `electron` resolves to the recording stub beside this file, for the built
// main bundle run under plain Node (Electron cannot be downloaded here).
const STUB = new URL('./electron.mjs', import.meta.url).href;

export const resolve = (specifier, context, next) =>
  specifier === 'electron' ? { url: STUB, shortCircuit: true } : next(specifier, context);
