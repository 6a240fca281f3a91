import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkAccess, newToken, tokenCookie, tokenCookieName, type AccessPolicy } from './access';

const policy: AccessPolicy = { port: 4321, token: 'secret-token' };
const host = '127.0.0.1:4321';
const cookie = `${tokenCookieName(4321)}=secret-token`;

function check(url: string, headers: IncomingHttpHeaders) {
  return checkAccess({ url, headers }, policy);
}

describe('checkAccess', () => {
  it.each<[string, string, IncomingHttpHeaders, boolean]>([
    ['the token in the address', '/?token=secret-token', { host }, true],
    ['the token in its cookie', '/assets/a.js', { host, cookie }, true],
    ['its cookie among others', '/', { host, cookie: `a=1; ${cookie}; b=2` }, true],
    ['localhost as the host name', '/?token=secret-token', { host: 'localhost:4321' }, true],
    ['its own origin', '/ws', { host, cookie, origin: 'http://127.0.0.1:4321' }, true],
    ['a same-origin fetch', '/a.js', { host, cookie, 'sec-fetch-site': 'same-origin' }, true],
    [
      'a link followed from another site, with the token',
      '/?token=secret-token',
      {
        host,
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'navigate',
        'sec-fetch-dest': 'document',
      },
      true,
    ],
    ['no token', '/', { host }, false],
    ['a wrong token', '/?token=secret-tokem', { host }, false],
    [
      'a cookie of another port',
      '/',
      { host, cookie: `${tokenCookieName(4322)}=secret-token` },
      false,
    ],
    ['a rebound domain name', '/?token=secret-token', { host: 'evil.example:4321' }, false],
    ['another port in Host', '/?token=secret-token', { host: '127.0.0.1:80' }, false],
    ['no Host', '/?token=secret-token', {}, false],
    ['another origin', '/ws', { host, cookie, origin: 'http://evil.example' }, false],
    [
      'a page on another local port',
      '/ws',
      { host, cookie, origin: 'http://127.0.0.1:5000' },
      false,
    ],
    ['the null origin', '/ws', { host, cookie, origin: 'null' }, false],
    [
      'a script tag on another site',
      '/assets/a.js',
      { host, cookie, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
      false,
    ],
    [
      'a frame of another local port',
      '/?token=secret-token',
      {
        host,
        'sec-fetch-site': 'same-site',
        'sec-fetch-mode': 'navigate',
        'sec-fetch-dest': 'iframe',
      },
      false,
    ],
  ])('%s: allowed %s', (_, url, headers, allowed) => {
    expect(check(url, headers).ok).toBe(allowed);
  });

  it('says which address to open when the token is missing or stale', () => {
    expect(check('/', { host })).toMatchObject({
      status: 403,
      reason: expect.stringMatching(/full address it printed/),
    });
    expect(check('/?token=old', { host })).toMatchObject({
      reason: expect.stringMatching(/earlier start/),
    });
  });

  it('tells whether the token came in the address, so the cookie is set then', () => {
    expect(check('/?token=secret-token', { host })).toEqual({ ok: true, tokenInQuery: true });
    expect(check('/', { host, cookie })).toEqual({ ok: true, tokenInQuery: false });
  });
});

describe('the token', () => {
  it('is new at each launch and long', () => {
    const a = newToken();
    expect(a).toMatch(/^[\w-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('is kept from scripts and from other sites', () => {
    expect(tokenCookie(policy)).toBe(
      'neurocanvas-token-4321=secret-token; Path=/; HttpOnly; SameSite=Strict',
    );
  });
});
