import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRenderer, rendererBuildReason } from './buildRenderer';
import { writeTinyApp } from './testing/hostTesting';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'neurocanvas-build-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes a file with a given modification time (seconds since 1970). */
async function fileAt(path: string, seconds: number, text = ''): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  await utimes(path, seconds, seconds);
}

describe('rendererBuildReason', () => {
  beforeEach(async () => {
    await fileAt(join(root, 'app', 'main.tsx'), 1000);
    await fileAt(join(root, 'src', 'graph', 'types.ts'), 1000);
    for (const dir of ['app', 'src', join('src', 'graph')])
      await utimes(join(root, dir), 1000, 1000);
    await fileAt(join(root, 'dist', 'renderer', 'index.html'), 2000);
  });

  it('is null while the build is newer than every source', async () => {
    expect(await rendererBuildReason(root)).toBeNull();
  });

  it('asks for a build when there is none', async () => {
    await rm(join(root, 'dist'), { recursive: true });
    expect(await rendererBuildReason(root)).toBe('the app has not been built yet');
  });

  it.each([join('app', 'main.tsx'), join('src', 'graph', 'types.ts'), 'package-lock.json'])(
    'asks for a build when %s changed since',
    async (file) => {
      await fileAt(join(root, file), 3000);
      expect(await rendererBuildReason(root)).toBe('its sources changed since it was last built');
    },
  );

  it.each([
    join('src', 'train', 'loop.ts'),
    join('src', 'host', 'server', 'startHost.ts'),
    join('src', 'graph', 'types.test.ts'),
    join('app', 'node_modules', 'x', 'index.js'),
  ])('ignores %s, which is not part of the page', async (file) => {
    await fileAt(join(root, file), 3000);
    // The folders the file was created in are not sources either.
    for (const dir of ['app', 'src', join('src', 'graph')])
      await utimes(join(root, dir), 1000, 1000);
    expect(await rendererBuildReason(root)).toBeNull();
  });
});

describe('buildRenderer', () => {
  it('builds the app with Vite into dist/renderer', async () => {
    await writeTinyApp(root);
    expect(await buildRenderer(root)).toEqual({ ok: true });
    expect(await readFile(join(root, 'dist', 'renderer', 'index.html'), 'utf8')).toContain(
      'Tiny app',
    );
    expect(await readdir(join(root, 'dist', 'renderer', 'assets'))).toEqual([
      expect.stringMatching(/\.js$/),
    ]);
    expect(await rendererBuildReason(root)).toBeNull();
  });

  it("keeps Vite's output when the build fails", async () => {
    await writeTinyApp(root);
    await writeFile(join(root, 'app', 'main.js'), 'import "./missing.js";\n');
    const result = await buildRenderer(root);
    expect(result).toMatchObject({ ok: false, output: expect.stringMatching(/missing\.js/) });
  });
});
