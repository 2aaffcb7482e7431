// A tiny static server for the built renderer on 127.0.0.1 (a module script is refused from
// file://). It sends the same CSP header the app:// protocol sends in Electron.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY_HEADER, contentTypeOf } from '../../../src/main/electron/policy';
import { join, normalize, sep } from 'node:path';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export const serveRenderer = async (root: string): Promise<StaticServer> => {
  const base = normalize(root) + sep;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
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
