// Preloaded into electronegativity (NODE_OPTIONS=--require): offline, its background fetches of
// translations and Electron release data fail, and the `got` it bundles throws those failures
// from timers under Node 24. Only such network errors are ignored; anything else still crashes.
'use strict';

const NETWORK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|onCancel/;

process.on('uncaughtException', (error) => {
  const name = error && error.name;
  const text = `${(error && error.code) || ''} ${(error && error.message) || ''}`;
  if (name === 'RequestError' || name === 'TimeoutError' || NETWORK.test(text)) return;
  console.error(error);
  process.exit(70);
});
