/**
 * Builds the renderer when the browser mode starts and the build is missing or older than its
 * sources, so `npm run serve` always serves what the sources say. The build is Vite's own
 * (`vite build --config app/vite.config.ts`), run as a child process.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const RENDERER_CONFIG = join('app', 'vite.config.ts');
export const RENDERER_OUT = join('dist', 'renderer');

/** What the renderer's bundle is made of: the app, the parts of src/ it imports, its packages. */
const SOURCES = ['app', 'src', 'package-lock.json'];
/** Parts of src/ that only Node runs; the renderer never imports them. */
const NODE_ONLY = new Set(['host', 'cli', 'train', 'bench'].map((d) => join('src', d)));
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist']);
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;
/** How much of the build's output is kept to show when it fails. */
const OUTPUT_TAIL_CHARS = 20_000;

/** Why the renderer must be built before serving, or null when its build is up to date. */
export async function rendererBuildReason(root: string): Promise<string | null> {
  const built = await stat(join(root, RENDERER_OUT, 'index.html')).catch(() => null);
  if (!built) return 'the app has not been built yet';
  for (const source of SOURCES) {
    if ((await newestChange(root, source)) > built.mtimeMs)
      return 'its sources changed since it was last built';
  }
  return null;
}

/** The latest modification time of a file, or of anything inside a folder (0 if none). */
async function newestChange(root: string, relativePath: string): Promise<number> {
  const info = await stat(join(root, relativePath)).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  const entries = await readdir(join(root, relativePath), { withFileTypes: true });
  for (const entry of entries) {
    const child = join(relativePath, entry.name);
    if (entry.name.startsWith('.') || NODE_ONLY.has(child)) continue;
    if (entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name)) continue;
    if (entry.isFile() && TEST_FILE.test(entry.name)) continue;
    if (entry.isDirectory() || entry.isFile())
      newest = Math.max(newest, await newestChange(root, child));
  }
  return newest;
}

export type BuildResult = { ok: true } | { ok: false; output: string };

/** Runs Vite's production build of the renderer in `root`; the output is kept for a failure. */
export function buildRenderer(root: string): Promise<BuildResult> {
  const require = createRequire(import.meta.url);
  const vitePackage = require.resolve('vite/package.json');
  const { bin } = require(vitePackage) as { bin: { vite: string } };
  const vite = join(dirname(vitePackage), bin.vite);
  return new Promise((resolve) => {
    let output = '';
    const keep = (text: string) => (output = (output + text).slice(-OUTPUT_TAIL_CHARS));
    const child = spawn(process.execPath, [vite, 'build', '--config', RENDERER_CONFIG], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8').on('data', keep);
    child.stderr.setEncoding('utf8').on('data', keep);
    child.on('error', (e) => resolve({ ok: false, output: e.message }));
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, output }));
  });
}
