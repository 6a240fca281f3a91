import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopContentSecurityPolicy } from './window';
import { appFile } from './windowProtocol';

let dir: string;
let root: string;
beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-app-scheme-')));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>NeuroCanvas</title>');
  await writeFile(join(root, 'assets', 'app-1.js'), 'export {};');
  await writeFile(join(dir, 'secret.txt'), 'outside');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the app scheme', () => {
  it.each([
    ['app://neurocanvas/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://neurocanvas/', 'index.html', 'text/html; charset=utf-8'],
    ['app://neurocanvas/assets/app-1.js?x=1', 'assets/app-1.js', 'text/javascript; charset=utf-8'],
  ])('serves %s from the renderer folder', async (url, file, type) => {
    const answer = await appFile(root, url);
    expect(answer).toMatchObject({ ok: true, file: join(root, file) });
    expect(answer.headers['Content-Type']).toBe(type);
    expect(answer.headers['Content-Security-Policy']).toBe(desktopContentSecurityPolicy());
  });

  it.each([
    'app://neurocanvas/../secret.txt',
    'app://neurocanvas/%2e%2e/secret.txt',
    'app://neurocanvas/assets/..%2f..%2fsecret.txt',
    'app://neurocanvas/assets/',
    'app://neurocanvas/missing.js',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s, with the security headers all the same', async (url) => {
    const answer = await appFile(root, url);
    expect(answer.ok).toBe(false);
    expect(answer.headers['Content-Security-Policy']).toBe(desktopContentSecurityPolicy());
  });
});
