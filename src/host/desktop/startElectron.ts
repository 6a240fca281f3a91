/**
 * Finding Electron's binary for `npm start`. The `electron` package ships without it: the binary
 * is downloaded by the package's own install script the first time it is needed, and on machines
 * without access to GitHub that download fails. So the binary is looked for first, downloaded if
 * missing, and when both fail the caller opens the app in the browser instead.
 *
 * Requiring the package itself is avoided on purpose: its entry downloads with the output shown
 * in full and throws, where `npm start` wants one clear line.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The `electron` package's folder as seen from `root`, or null when it is not installed. */
export function electronPackageDir(root: string): string | null {
  try {
    const require = createRequire(join(root, 'package.json'));
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The binary's path, or null when it has not been downloaded. Mirrors the package's own lookup:
 * `path.txt` names the executable inside `dist/`, and ELECTRON_OVERRIDE_DIST_PATH replaces `dist/`.
 */
export function findElectronBinary(packageDir: string, env: NodeJS.ProcessEnv): string | null {
  let executable: string;
  try {
    executable = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    executable = '';
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existsInFolder(override, executable || 'electron');
  return executable ? existsInFolder(join(packageDir, 'dist'), executable) : null;
}

function existsInFolder(folder: string, executable: string): string | null {
  const path = join(folder, executable);
  return existsSync(path) ? path : null;
}

export type DownloadResult = { ok: true; binary: string } | { ok: false; reason: string };

/** A download of about 100 MB may take minutes; a blocked one fails within seconds. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/** How much of the install script's output is kept to say why it failed. */
const OUTPUT_TAIL_CHARS = 4_000;

/**
 * Runs the package's install script, which downloads the binary into the package's `dist/`.
 * Its output is kept, not shown: only its last meaningful line explains a failure.
 */
export function downloadElectron(
  packageDir: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
): Promise<DownloadResult> {
  return new Promise((resolve) => {
    let output = '';
    const keep = (text: string) => (output = (output + text).slice(-OUTPUT_TAIL_CHARS));
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    child.stdout.setEncoding('utf8').on('data', keep);
    child.stderr.setEncoding('utf8').on('data', keep);
    child.on('error', (e) => resolve({ ok: false, reason: e.message }));
    child.on('close', (code, signal) => {
      const binary = code === 0 ? findElectronBinary(packageDir, env) : null;
      if (binary) resolve({ ok: true, binary });
      else if (signal) resolve({ ok: false, reason: 'the download took too long' });
      else resolve({ ok: false, reason: failureReason(output) });
    });
  });
}

/** The error's own words: the first line that reads as an error, without its stack. */
export function failureReason(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const error = lines.find((line) => /error|fail|ENOTFOUND|EAI_AGAIN|ECONN/i.test(line));
  return (error ?? lines.at(-1) ?? 'the download failed').slice(0, 300);
}
