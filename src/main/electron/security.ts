// Installs the security contract once for the whole app: the app:// protocol with its CSP header,
// request blocking, permission denial, and navigation/window-open guards on every webContents.
import { readFile } from 'node:fs/promises';
import { app, protocol, session } from 'electron';
import {
  APP_SCHEME,
  CONTENT_SECURITY_POLICY_HEADER,
  contentTypeOf,
  devContentSecurityPolicy,
  isAppUrl,
  resolveAppFile,
} from './policy';

/** Must run before `app.whenReady()`: app:// behaves like https (origin, fetch, secure context). */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // Vite's module script carries `crossorigin`; corsEnabled lets it load from this scheme.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
};

/** Serves the built renderer from `rendererDir` under app://nianbao/, with the CSP header. */
export const installAppProtocol = (rendererDir: string): void => {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('未找到', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: {
          'content-type': contentTypeOf(file),
          'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('未找到', { status: 404 });
    }
  });
};

/**
 * Denies every permission, blocks every request that is not the app's own, adds the CSP header
 * to what the dev server sends, and guards every webContents ever created.
 */
export const installSecurityGuards = (devServerUrl: string | null): void => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url, devServerUrl) });
  });
  if (devServerUrl !== null) {
    const policy = devContentSecurityPolicy(devServerUrl);
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
      });
    });
  }
  app.on('web-contents-created', (_event, contents) => {
    // A single-page app never navigates: a link or a dropped file must not replace it.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
};
