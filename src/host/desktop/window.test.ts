/**
 * The window's security settings, CSP and handlers, as built by the code that creates windows,
 * checked on plain objects shaped like Electron's WebContents and Session.
 */
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_URL,
  desktopContentSecurityPolicy,
  guardContents,
  guardSession,
  isAppUrl,
  permissionGranted,
  windowOptions,
  type GuardedContents,
  type GuardedSession,
  type NavigationEvent,
} from './window';

describe('window settings', () => {
  it('isolates the page from Node and Electron', () => {
    const { webPreferences } = windowOptions('/app/out/preload/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    desktopContentSecurityPolicy()
      .split('; ')
      .map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const),
  );

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  it('allows no inline or evaluated script and no remote source anywhere', () => {
    const policy = desktopContentSecurityPolicy();
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|wss?:|\*/);
  });
});

/** A WebContents that records its handlers, so the test can fire them. */
function fakeContents() {
  const handlers = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    setWindowOpenHandler: (handler) => void (openHandler = handler),
    on: (event: string, listener: (event: NavigationEvent) => void) =>
      handlers.set(event, listener),
  };
  const opened: string[] = [];
  guardContents(contents, (url) => opened.push(url));
  const fire = (name: string, url: string) => {
    let prevented = false;
    handlers.get(name)!({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { fire, open: (url: string) => openHandler!({ url }), opened };
}

describe('navigation and new windows', () => {
  it.each([
    ['https://example.com/', true],
    ['http://127.0.0.1:4321/', true],
    ['file:///etc/passwd', true],
    ['app://elsewhere/index.html', true],
    ['javascript:alert(1)', true],
    [APP_URL, false],
    [`${APP_ORIGIN}/index.html?project=1`, false],
  ])('a navigation to %s is stopped: %s', (url, stopped) => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', url)).toBe(stopped);
    expect(fire('will-redirect', url)).toBe(stopped);
  });

  it.each([
    ['https://neurocanvas.example/help', ['https://neurocanvas.example/help']],
    ['http://example.com/', []],
    ['file:///etc/passwd', []],
    [APP_URL, []],
    ['not a url', []],
  ])('window.open(%s) opens no window; passes on %j to the browser', (url, external) => {
    const { open, opened } = fakeContents();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(opened).toEqual(external);
  });

  it('attaches no webview', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', APP_URL)).toBe(true);
  });
});

describe('permissions', () => {
  function fakeSession() {
    let request: Parameters<GuardedSession['setPermissionRequestHandler']>[0] | null = null;
    let check: Parameters<GuardedSession['setPermissionCheckHandler']>[0] | null = null;
    guardSession({
      setPermissionRequestHandler: (handler) => void (request = handler),
      setPermissionCheckHandler: (handler) => void (check = handler),
    });
    return {
      request: (permission: string, url: string) => {
        let granted: boolean | null = null;
        request!(null, permission, (g) => (granted = g), { requestingUrl: url });
        return granted;
      },
      check: (permission: string, origin: string) => check!(null, permission, origin),
    };
  }

  it.each([
    ['media', APP_URL, false],
    ['geolocation', APP_URL, false],
    ['notifications', APP_URL, false],
    ['openExternal', APP_URL, false],
    ['clipboard-read', APP_URL, false],
    ['fullscreen', APP_URL, false],
    ['clipboard-sanitized-write', APP_URL, true],
    ['clipboard-sanitized-write', 'https://example.com/', false],
  ])('%s for %s: granted %s', (permission, url, granted) => {
    const session = fakeSession();
    expect(session.request(permission, url)).toBe(granted);
    expect(session.check(permission, url)).toBe(granted);
    expect(permissionGranted(permission, url)).toBe(granted);
  });

  it('knows the app by its scheme and host only', () => {
    expect(isAppUrl(APP_ORIGIN)).toBe(true);
    expect(isAppUrl('app://neurocanvas.evil/index.html')).toBe(false);
    expect(isAppUrl('https://neurocanvas/index.html')).toBe(false);
  });
});
