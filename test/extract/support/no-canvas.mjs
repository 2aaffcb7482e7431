// Loaded with `node --import`: makes the optional @napi-rs/canvas package unresolvable in this
// process, as in the packaged app (electron-builder.yml leaves it out).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === '@napi-rs/canvas' || specifier.startsWith('@napi-rs/canvas/'))
      throw Object.assign(new Error(`Cannot find module '${specifier}'`), {
        code: 'MODULE_NOT_FOUND',
      });
    return next(specifier, context);
  },
});
