/**
 * Compiles the desktop shell's own code (everything in `electron/`) into `out/`, where
 * `electron-builder.yml` and package.json's `main` expect it. esbuild does it in well under a
 * second and never needs Electron's binary, so `npm start` rebuilds it every time rather than
 * tracking what changed.
 *
 * - A preload runs in a sandboxed renderer, which loads one CommonJS file and can require only
 *   `electron` and a few Node modules: it is bundled whole into `out/preload/<name>.cjs`.
 * - Every other file (the main process, modules it forks) becomes an ES module in
 *   `out/main/<name>.js`, with `src/` bundled in and packages left to load from node_modules,
 *   so native addons such as tfjs-node stay loadable.
 */
import { copyFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { buildRenderer } from '../server/buildRenderer';

export const DESKTOP_SOURCE = 'electron';
export const DESKTOP_OUT = 'out';
/** Node inside Electron 45. */
const NODE_TARGET = 'node22';
const TEST_FILE = /\.test\.ts$/;
/** The trainer's entry: the app starts it as a utility process. */
const TRAINER_SOURCE = join(DESKTOP_SOURCE, 'trainer.ts');
/**
 * Files the bundled trainer finds beside itself (by `import.meta.url`), copied next to it: the
 * script each thread of the multi-threaded wasm backend starts in.
 */
const BESIDE_TRAINER = [join('src', 'train', 'backend', 'wasmThreadWorker.mjs')];

export interface DesktopEntry {
  source: string;
  output: string;
  kind: 'main' | 'preload';
}

/** The files to compile, relative to `root`: every `.ts` file directly in `electron/`. */
export async function desktopEntries(root: string): Promise<DesktopEntry[]> {
  const names = await readdir(join(root, DESKTOP_SOURCE)).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !TEST_FILE.test(name))
    .sort()
    .map((name) => {
      const stem = basename(name, '.ts');
      const kind = stem.startsWith('preload') ? 'preload' : 'main';
      const output =
        kind === 'preload'
          ? join(DESKTOP_OUT, 'preload', `${stem}.cjs`)
          : join(DESKTOP_OUT, 'main', `${stem}.js`);
      return { source: join(DESKTOP_SOURCE, name), output, kind };
    });
}

export type DesktopBuildResult =
  { ok: true; entries: DesktopEntry[] } | { ok: false; error: string };

export async function buildDesktop(root: string): Promise<DesktopBuildResult> {
  const entries = await desktopEntries(root);
  if (!entries.some((e) => e.source === join(DESKTOP_SOURCE, 'main.ts')))
    return { ok: false, error: `There is no ${join(DESKTOP_SOURCE, 'main.ts')} to build.` };
  try {
    for (const entry of entries) await build(optionsFor(root, entry));
    if (entries.some((e) => e.source === TRAINER_SOURCE))
      for (const file of BESIDE_TRAINER)
        await copyFile(join(root, file), join(root, DESKTOP_OUT, 'main', basename(file)));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  return { ok: true, entries };
}

function optionsFor(root: string, entry: DesktopEntry): BuildOptions {
  const common: BuildOptions = {
    absWorkingDir: root,
    entryPoints: [entry.source],
    outfile: entry.output,
    bundle: true,
    platform: 'node',
    target: NODE_TARGET,
    sourcemap: 'linked',
    logLevel: 'silent',
    external: ['electron'],
  };
  return entry.kind === 'preload'
    ? { ...common, format: 'cjs' }
    : { ...common, format: 'esm', packages: 'external' };
}

/**
 * `npm run build:desktop`: everything packaging needs, built fresh: the renderer into
 * `dist/renderer` and the shell into `out/`. Resolves with the exit code.
 */
export async function buildForPackaging(
  root: string,
  log: (line: string) => void,
): Promise<number> {
  log('Building the renderer…');
  const renderer = await buildRenderer(root);
  if (!renderer.ok) {
    log(`The renderer could not be built:\n${renderer.output.trimEnd()}`);
    return 1;
  }
  log('Building the desktop shell…');
  const shell = await buildDesktop(root);
  if (!shell.ok) {
    log(`The desktop shell could not be built: ${shell.error}`);
    return 1;
  }
  for (const entry of shell.entries) log(`  ${entry.source} → ${entry.output}`);
  return 0;
}
