/**
 * How the desktop shell's windows are made safe: their settings, their content security policy,
 * and handlers that keep each window on the app's own page and deny it every browser permission
 * it does not need. `electron/main.ts` applies these to each window; tests check them on plain
 * objects shaped like Electron's.
 *
 * One window per project. A project is a document with its own undo history, training session
 * and trainer process; separate windows keep those apart the way the OS keeps documents apart
 * (switching, tiling, closing one with its own unsaved-changes prompt), and a crash of one page
 * or trainer leaves the other projects untouched. Tabs would put every project in one renderer
 * and make one page juggle several trainers.
 */

/** The app's page is served from this scheme and host (see `windowProtocol.ts`), never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'neurocanvas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** The address is the app's own page (or one of its files). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The settings a NeuroCanvas window is created with (Electron's `BrowserWindowConstructorOptions`). */
export function windowOptions(preload: string, title = 'NeuroCanvas') {
  return {
    title,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    // Shown once the page has painted, so the window never flashes blank.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  } as const;
}

/**
 * The page may load only its own files and reach nothing else: it talks to main through the
 * preload, so unlike browser mode it needs no socket. Styles may be inline because the canvas and
 * chart libraries position elements with style attributes; scripts may not.
 */
export function desktopContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every file the app's scheme serves. */
export function desktopSecurityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': desktopContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** What the handlers use of Electron's `WebContents`. */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/**
 * Keeps the window on the app: navigation and redirects elsewhere are stopped, no window is ever
 * opened, and no <webview> attached. A web link the user follows (help, a dataset's source)
 * opens in their own browser through `openExternal`, and only when it is https.
 */
export function guardContents(
  contents: GuardedContents,
  openExternal: (url: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) openExternal(url);
    return { action: 'deny' };
  });
  const stayOnApp = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function isWebLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The permissions the page may have, and only for its own origin: copying text (paths, code). */
const GRANTED = new Set(['clipboard-sanitized-write']);

/** What the handlers use of Electron's `Session`. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
}

/** Every permission request is denied, except those in `GRANTED` asked by the app itself. */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionGranted(permission, details.requestingUrl ?? '')),
  );
  session.setPermissionCheckHandler((_contents, permission, origin) =>
    permissionGranted(permission, origin),
  );
}

export function permissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED.has(permission) && isAppUrl(requestingUrl);
}
