/**
 * `npm run serve`: NeuroCanvas in the browser. Builds the renderer if its build is missing or
 * stale, starts the local host, prints the address (with its secret token) and opens it in the
 * default browser. Ctrl+C stops the host, and with it every training run.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer, rendererBuildReason, RENDERER_OUT } from './server/buildRenderer';
import { DATA_DIR_ENV, defaultDataDir } from './server/dataDir';
import type { DevRenderer } from './server/devRenderer';
import { startHost, type RunningHost } from './server/startHost';
import { startViteRenderer } from './viteRenderer';

/** The repository (or installed package) root, where app/ and dist/ are. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const SERVE_USAGE = `Usage: npm run serve -- [options] [folder or project.ncproj ...]

Opens NeuroCanvas in your browser. Folders and project files named here may be
opened and saved from the app, besides its own projects folder.

Options:
  --port N      listen on port N (default: any free port)
  --no-open     do not open a browser; open the printed address yourself
  --data DIR    keep projects and the recent list in DIR
                (default: ${DATA_DIR_ENV}, else ${defaultDataDir({})})
  --dev         serve the app from its sources and reload it on every save
                (for working on NeuroCanvas itself: npm run dev)
  -h, --help    show this help
`;

export interface ServeOptions {
  port: number;
  open: boolean;
  dataDir: string | null;
  allowedPaths: string[];
  dev: boolean;
}

export type ServeArgs =
  { ok: true; options: ServeOptions } | { ok: false; error: string } | { ok: false; help: true };

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const options: ServeOptions = {
    port: 0,
    open: true,
    dataDir: null,
    allowedPaths: [],
    dev: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        return { ok: false, help: true };
      case '--no-open':
        options.open = false;
        break;
      case '--dev':
        options.dev = true;
        break;
      case '--port': {
        const text = value();
        const port = Number(text);
        if (text === undefined || !/^\d+$/.test(text) || port > 65_535)
          return {
            ok: false,
            error: `--port needs a port number from 0 to 65535, got ${text ?? 'nothing'}.`,
          };
        options.port = port;
        break;
      }
      case '--data': {
        const dir = value();
        if (!dir) return { ok: false, error: '--data needs a folder.' };
        options.dataDir = dir;
        break;
      }
      default:
        if (arg.startsWith('-')) return { ok: false, error: `Unknown option ${arg}.` };
        options.allowedPaths.push(arg);
    }
  }
  return { ok: true, options };
}

export interface ServeIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Where app/ and dist/ are; the package root by default. */
  root?: string;
  /** Resolves when the host should stop; by default at Ctrl+C or SIGTERM. */
  stop?: Promise<void>;
}

const consoleIo: ServeIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the browser mode until stopped; resolves with the exit code. */
export async function serveMain(argv: readonly string[], io: ServeIo = consoleIo): Promise<number> {
  const args = parseServeArgs(argv);
  if (!args.ok) {
    if ('help' in args) {
      io.out(SERVE_USAGE);
      return 0;
    }
    io.err(`${args.error}\n\n${SERVE_USAGE}`);
    return 2;
  }
  const { options } = args;
  const root = io.root ?? PACKAGE_ROOT;

  const reason = options.dev ? null : await rendererBuildReason(root);
  if (reason !== null) {
    io.out(`Building the app, since ${reason}…`);
    const started = Date.now();
    const built = await buildRenderer(root);
    if (built.ok) io.out(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    else if (reason === 'the app has not been built yet') {
      io.err(`The app could not be built:\n${built.output.trimEnd()}`);
      return 1;
    } else {
      io.err(
        `The app could not be rebuilt, so its previous build is served:\n${built.output.trimEnd()}`,
      );
    }
  }

  let host: RunningHost;
  let dev: DevRenderer | undefined;
  try {
    if (options.dev) dev = await startViteRenderer(root);
    host = await startHost({
      port: options.port,
      open: options.open,
      rendererDir: join(root, RENDERER_OUT),
      ...(dev ? { dev } : {}),
      dataDir: resolve(options.dataDir ?? defaultDataDir(io.env ?? process.env)),
      allowedPaths: options.allowedPaths,
      log: io.err,
    });
  } catch (e) {
    await dev?.close();
    const code = (e as { code?: unknown }).code;
    io.err(
      code === 'EADDRINUSE'
        ? `Port ${options.port} is in use. Choose another with --port, or leave --port out to use any free port.`
        : `NeuroCanvas could not start: ${e instanceof Error ? e.message : String(e)}`,
    );
    return 1;
  }

  io.out('NeuroCanvas is running. Open this address in your browser:');
  io.out(`  ${host.url}`);
  io.out(`Projects are saved in ${host.projectsDir}`);
  io.out('Press Ctrl+C to stop.');
  await (io.stop ?? untilSignalled());
  io.out('Stopping NeuroCanvas…');
  await host.close();
  return 0;
}

/** Ctrl+C or SIGTERM; a second Ctrl+C while stopping ends the process at once. */
function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.once('SIGINT', () => process.exit(130));
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
