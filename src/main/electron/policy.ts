// The security contract of the shell as plain data and pure checks: webPreferences, the CSP, what
// counts as the app's own URL. No Electron at run time, so the security tests read these directly.
import { extname, join, normalize, sep } from 'node:path';
import type { WebPreferences } from 'electron';

/** The app's files are served from `app://nianbao/…` (a privileged standard scheme, not file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Every window: isolated, sandboxed, no Node, web security on, no insecure content, no webview. */
export const SECURE_WEB_PREFERENCES = {
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
  enableWebSQL: false,
  plugins: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences;

/** The page's policy: only its own files; no eval, no inline script or style, no remote URL. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** As sent in the response header (frame-ancestors is only honoured there). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Development only (electron-vite dev server): React refresh injects an inline script and HMR a socket. */
export const devContentSecurityPolicy = (devServerUrl: string): string => {
  const ws = devServerUrl.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${ws}`);
};

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/**
 * True for the app's own URLs: `app://nianbao/…`, and in development the dev server's origin
 * (http and its HMR socket) and DevTools. Everything else is blocked.
 */
export const isAppUrl = (url: string, devServerUrl: string | null = null): boolean => {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  if (devServerUrl === null) return false;
  const dev = parse(devServerUrl);
  if (!dev) return false;
  if (u.protocol === 'devtools:') return true;
  const sameHost = u.host === dev.host;
  return sameHost && (u.protocol === dev.protocol || u.protocol === 'ws:' || u.protocol === 'wss:');
};

/** An IPC sender may be trusted when it is a top-level frame showing the app's own page. */
export const isTrustedSenderFrame = (
  frame: { url: string; parent: unknown } | null | undefined,
  devServerUrl: string | null = null,
): boolean => !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl);

/**
 * The file under `root` that an `app://nianbao/…` URL names, or null for anything else —
 * another scheme or host, an undecodable path, or a path that climbs out of `root`.
 */
export const resolveAppFile = (url: string, root: string): string | null => {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = normalize(root);
  const file = normalize(join(base, relative));
  return file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : null;
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The MIME type a served file is sent with (nosniff is set, so it must be right). */
export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
