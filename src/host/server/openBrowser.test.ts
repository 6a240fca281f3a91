import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserCommand, openBrowser } from './openBrowser';

const url = 'http://127.0.0.1:4321/?token=abc-_123';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-open-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('browserCommand', () => {
  it.each([
    ['linux', 'xdg-open', [url]],
    ['freebsd', 'xdg-open', [url]],
    ['darwin', 'open', [url]],
    ['win32', 'cmd', ['/c', 'start', '""', url]],
  ] as const)('uses the system opener on %s', (platform, command, args) => {
    expect(browserCommand(url, platform)).toEqual({ command, args });
  });
});

describe('openBrowser', () => {
  it('hands the whole address to the opener', async () => {
    const file = join(dir, 'opened.txt');
    const failures: string[] = [];
    openBrowser(url, (why) => failures.push(why), {
      command: process.execPath,
      args: ['-e', 'require("fs").writeFileSync(process.argv[1], process.argv[2])', file, url],
    });
    await until(() => existsSync(file));
    expect(await readFile(file, 'utf8')).toBe(url);
    expect(failures).toEqual([]);
  });

  it('reports an opener that is missing, without throwing', async () => {
    const failures: string[] = [];
    openBrowser(url, (why) => failures.push(why), {
      command: join(dir, 'no-such-opener'),
      args: [],
    });
    await until(() => failures.length > 0);
    expect(failures[0]).toMatch(/could not be started/);
  });

  it('reports an opener that fails', async () => {
    const failures: string[] = [];
    openBrowser(url, (why) => failures.push(why), {
      command: process.execPath,
      args: ['-e', 'process.exit(3)'],
    });
    await until(() => failures.length > 0);
    expect(failures).toEqual([`${process.execPath} ended with exit code 3`]);
  });
});
