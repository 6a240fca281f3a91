/**
 * `npm start`: the desktop app. Builds what is missing (the renderer when its build is stale, the
 * shell's own code every time, which takes well under a second), then launches Electron on it.
 * When Electron's binary is missing and cannot be downloaded, says so in one line and opens the
 * same app in the browser instead, exactly as `npm run serve` does, with the same options.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DATA_DIR_ENV } from '../server/dataDir';
import { buildRenderer, rendererBuildReason } from '../server/buildRenderer';
import { PACKAGE_ROOT, parseServeArgs, serveMain, type ServeIo } from '../serveMain';
import { buildDesktop } from './startBuild';
import { downloadElectron, electronPackageDir, findElectronBinary } from './startElectron';

export const START_USAGE = `Usage: npm start -- [options] [project.ncproj ...]

Opens NeuroCanvas as a desktop app. Without Electron's binary (it is downloaded
on first use), the same app opens in your browser instead.

Options:
  --browser     open the app in your browser even when the desktop app can run
  --port N      browser only: listen on port N (default: any free port)
  --no-open     browser only: do not open a browser; open the printed address yourself
  --data DIR    keep projects and the recent list in DIR
  --dev         browser only: serve the app from its sources and reload it on every save
  -h, --help    show this help
`;

export interface StartIo extends ServeIo {
  /** The `electron` package's folder; found from the root by default. */
  electronDir?: string | null;
}

const consoleIo: StartIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the desktop app, or the browser mode in its place; resolves with the exit code. */
export async function startMain(argv: readonly string[], io: StartIo = consoleIo): Promise<number> {
  const browserOnly = argv.includes('--browser');
  const rest = argv.filter((arg) => arg !== '--browser');
  const args = parseServeArgs(rest);
  if (!args.ok) {
    if ('help' in args) {
      io.out(START_USAGE);
      return 0;
    }
    io.err(`${args.error}\n\n${START_USAGE}`);
    return 2;
  }
  if (browserOnly || args.options.dev) return serveMain(rest, io);

  const root = io.root ?? PACKAGE_ROOT;
  const env = io.env ?? process.env;
  const found = await electronBinary(root, env, io);
  if (!found.ok) {
    io.err(`${found.reason}, so NeuroCanvas opens in your browser instead.`);
    return serveMain(rest, io);
  }
  return launchDesktop(found.binary, root, args.options, env, io);
}

type Found = { ok: true; binary: string } | { ok: false; reason: string };

/** How long a download may run before the user is told that one is happening. */
const DOWNLOAD_NOTICE_MS = 2_000;

async function electronBinary(root: string, env: NodeJS.ProcessEnv, io: StartIo): Promise<Found> {
  const packageDir = io.electronDir === undefined ? electronPackageDir(root) : io.electronDir;
  if (packageDir === null) return { ok: false, reason: 'Electron is not installed' };
  const binary = findElectronBinary(packageDir, env);
  if (binary) return { ok: true, binary };
  // A blocked download fails at once; only a real one lasts long enough to be worth a word.
  const notice = setTimeout(
    () => io.out("Downloading Electron's binary (about 100 MB, once)…"),
    DOWNLOAD_NOTICE_MS,
  );
  const downloaded = await downloadElectron(packageDir, env);
  clearTimeout(notice);
  return downloaded.ok
    ? downloaded
    : {
        ok: false,
        reason: `Electron's binary is missing and could not be downloaded (${downloaded.reason})`,
      };
}

async function launchDesktop(
  binary: string,
  root: string,
  options: { dataDir: string | null; allowedPaths: string[] },
  env: NodeJS.ProcessEnv,
  io: StartIo,
): Promise<number> {
  const reason = await rendererBuildReason(root);
  if (reason !== null) {
    io.out(`Building the app, since ${reason}…`);
    const built = await buildRenderer(root);
    if (!built.ok && reason === 'the app has not been built yet') {
      io.err(`The app could not be built:\n${built.output.trimEnd()}`);
      return 1;
    }
    if (!built.ok)
      io.err(
        `The app could not be rebuilt, so its previous build opens:\n${built.output.trimEnd()}`,
      );
  }
  const shell = await buildDesktop(root);
  if (!shell.ok) {
    io.err(`The desktop app could not be built: ${shell.error}`);
    return 1;
  }

  // Electron started from a Node tool may inherit a request to behave as plain Node.
  const childEnv: NodeJS.ProcessEnv = { ...env };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  if (options.dataDir) childEnv[DATA_DIR_ENV] = resolve(options.dataDir);
  const files = options.allowedPaths.map((path) => resolve(path));
  const child = spawn(binary, [join(root), ...files], { stdio: 'inherit', env: childEnv });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((done) => {
    const finish = (code: number) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(code);
    };
    child.on('error', (e) => {
      io.err(`Electron could not be started: ${e.message}`);
      finish(1);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}
