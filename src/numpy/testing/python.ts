/**
 * Test support: runs the Python that CI installs (Debian's python3 with NumPy and PyTorch). The
 * `python3` first on PATH may be another interpreter without them, so the path is fixed, with an
 * override for other machines.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export const PYTHON = process.env.NEUROCANVAS_PYTHON ?? '/usr/bin/python3';

/** Null when every module imports, else a sentence saying what is missing (for a skip's title). */
export function missingPython(modules: readonly string[]): string | null {
  const probe = spawnSync(PYTHON, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} cannot be started (${probe.error.message})`;
  if (probe.status !== 0) {
    const last = probe.stderr.trim().split('\n').at(-1) ?? '';
    return `${PYTHON} lacks ${modules.join(' or ')}: ${last}`;
  }
  return null;
}

export interface PythonResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runPython(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): PythonResult {
  const result = spawnSync(PYTHON, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As `runPython`, without blocking, so that several processes can run side by side. */
export function runPythonAsync(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<PythonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      timeout: options.timeoutMs ?? 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
