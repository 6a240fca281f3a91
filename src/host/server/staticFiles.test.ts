import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaticFile } from './staticFiles';

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-static-')));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets', 'fonts'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(root, 'assets', 'fonts', 'a b.woff2'), 'font');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  await symlink(join(dir, 'secret.txt'), join(root, 'link.txt'));
  await symlink(dir, join(root, 'up'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findStaticFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets/fonts/a%20b.woff2', 'assets/fonts/a b.woff2'],
  ])('finds %s', async (path, relativePath) => {
    expect(await findStaticFile(root, path)).toMatchObject({ ok: true, relativePath });
  });

  it.each([
    ['a climb out', '/../secret.txt'],
    ['an encoded climb out', '/..%2fsecret.txt'],
    ['an encoded climb from a folder', '/assets/%2e%2e/%2e%2e/secret.txt'],
    ['a backslash climb', '/..%5csecret.txt'],
    ['an absolute path inside', '//etc/passwd'],
    ['a hidden file', '/.env'],
    ['a NUL byte', '/index.html%00.js'],
    ['a drive letter', '/C:/Windows/win.ini'],
    ['a link to a file outside', '/link.txt'],
    ['a link to a folder outside', '/up/secret.txt'],
    ['a folder (never listed)', '/assets'],
    ['a folder with its slash', '/assets/'],
    ['a file that is not there', '/missing.js'],
  ])('refuses %s', async (_, path) => {
    expect(await findStaticFile(root, path)).toEqual({ ok: false, status: 404 });
  });

  it('refuses an address that is not valid percent-encoding', async () => {
    expect(await findStaticFile(root, '/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });
});
