/**
 * Test support: runs the Python that CI installs (Debian's python3 with NumPy and PyTorch). The
 * `python3` first on PATH may be another interpreter without them, so the path is fixed, with an
 * override for other machines.
 */
import { spawnSync } from 'node:child_process';

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
