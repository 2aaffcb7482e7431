// The security contract as data: webPreferences, the CSP (header, meta tag, dev variant), what
// counts as the app's URL and sender, which files app:// may serve.
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  SECURE_WEB_PREFERENCES,
  contentTypeOf,
  devContentSecurityPolicy,
  isAppUrl,
  isTrustedSenderFrame,
  resolveAppFile,
} from '../../src/main/electron/policy';

const root = join(import.meta.dirname, '..', '..');
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );

describe('webPreferences', () => {
  it('isolate, sandbox and keep Node out of every window', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload');
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it("allows only the app's own files: no eval, inline code, remote host or wildcard", () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const d of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src'])
      expect(csp.get(d), d).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*|data:|blob:/);
  });

  it('adds frame-ancestors in the header only (a meta tag cannot carry it)', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('is the policy of the meta tag in the renderer page', () => {
    const html = readFileSync(join(root, 'src', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('relaxes only script, style and the HMR socket in development', () => {
    const dev = directives(devContentSecurityPolicy('http://localhost:5173'));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('default-src')).toEqual(["'self'"]);
    expect(dev.get('object-src')).toEqual(["'none'"]);
  });
});

describe('app URLs and senders', () => {
  it('accepts app://nianbao only, and the dev server only when one is running', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://nianbao/assets/index.js')).toBe(true);
    for (const url of [
      'app://other/index.html',
      'https://nianbao/index.html',
      'file:///work/out/renderer/index.html',
      'http://localhost:5173/',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      'data:text/html,<p>x</p>',
    ])
      expect(isAppUrl(url), url).toBe(false);
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://cdn.example.com/font.woff2', dev)).toBe(false);
  });

  it('trusts only a top-level frame showing the app', () => {
    expect(isTrustedSenderFrame({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSenderFrame({ url: APP_ENTRY_URL, parent: {} })).toBe(false);
    expect(isTrustedSenderFrame({ url: 'https://example.com', parent: null })).toBe(false);
    expect(isTrustedSenderFrame(null)).toBe(false);
  });
});

describe('app:// file resolution', () => {
  const dir = join(root, 'out', 'renderer');

  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppFile('app://nianbao/', dir)).toBe(join(dir, 'index.html'));
    expect(resolveAppFile('app://nianbao/assets/index-abc.js', dir)).toBe(
      join(dir, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile('app://nianbao/%E5%9B%BE.svg', dir)).toBe(join(dir, '图.svg'));
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://nianbao/%2e%2e/%2e%2e/package.json',
      'app://nianbao/..%2f..%2fpackage.json',
      'app://nianbao/assets/..%5c..%5cpackage.json',
      'app://nianbao/%00.js',
      'app://nianbao/%E0%A4%A',
      'app://evil/index.html',
      'file:///etc/passwd',
    ]) {
      const file = resolveAppFile(url, dir);
      expect(file === null || file.startsWith(dir + sep), url).toBe(true);
    }
    expect(resolveAppFile('app://nianbao/..%2f..%2fpackage.json', dir)).toBeNull();
  });

  it('serves scripts and styles with their real types (nosniff is on)', () => {
    expect(contentTypeOf('a/index.js')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('a/index.css')).toMatch(/^text\/css/);
    expect(contentTypeOf('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeOf('a/unknown.bin')).toBe('application/octet-stream');
  });
});
