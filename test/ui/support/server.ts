// A tiny static server for the built renderer on 127.0.0.1 (a module script is refused from
// file://). It sends the same CSP header the app:// protocol sends in Electron. It also serves,
// once each, the byte arrays the bridge holds for the page (`BYTES_PATH` + token): Electron's IPC
// passes a Uint8Array as binary, and so does this route, where Playwright's own answer would
// carry it as base64 over the debugging protocol.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY_HEADER, contentTypeOf } from '../../../src/main/electron/policy';
import { join, normalize, sep } from 'node:path';

/** Where the page fetches the bytes of a bridged answer: this path + the token. */
export const BYTES_PATH = '/__nianbao-bytes/';

/** Bytes waiting to be fetched by the page, by token (taken out when served). */
export const heldBytes = new Map<string, Uint8Array>();

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export const serveRenderer = async (root: string): Promise<StaticServer> => {
  const base = normalize(root) + sep;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith(BYTES_PATH)) {
      const token = path.slice(BYTES_PATH.length);
      const bytes = heldBytes.get(token);
      heldBytes.delete(token);
      if (!bytes) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
      return;
    }
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': contentTypeOf(file),
            'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
            'x-content-type-options': 'nosniff',
          })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
