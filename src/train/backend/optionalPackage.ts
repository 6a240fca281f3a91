/**
 * Loads a package that may be missing or broken (the native TensorFlow bindings are optional
 * dependencies: their install downloads libtensorflow, which fails offline or on unusual systems).
 * A failure becomes a sentence for the user, never an exception.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** `detail`: the first line of the load error, when the package is installed but fails to load. */
export type Loaded<T> = { ok: true; module: T } | { ok: false; why: string; detail?: string };

/**
 * Where the package's entry file is, or null when it is not installed. `from` is the file
 * (path or URL) whose node_modules lookup applies; by default, this one's.
 */
export function resolvePackage(name: string, from: string = import.meta.url): string | null {
  try {
    return createRequire(from).resolve(name);
  } catch {
    return null;
  }
}

const loaded = new Map<string, Promise<Loaded<unknown>>>();

/** Imports `name` (as seen from `from`) once per process; later calls get the same answer. */
export function loadOptionalPackage<T = unknown>(
  name: string,
  from: string = import.meta.url,
): Promise<Loaded<T>> {
  const key = `${from}\0${name}`;
  let answer = loaded.get(key);
  if (!answer) {
    answer = importPackage(name, from);
    loaded.set(key, answer);
  }
  return answer as Promise<Loaded<T>>;
}

async function importPackage(name: string, from: string): Promise<Loaded<unknown>> {
  // Resolving first tells "not installed" apart from "installed but fails to load" (for
  // example, a native binding built for another Node version or a missing shared library).
  const entry = resolvePackage(name, from);
  if (entry === null) return { ok: false, why: `${name} is not installed` };
  try {
    // By name from this module (the usual case); by file when resolved from elsewhere.
    const specifier = from === import.meta.url ? name : pathToFileURL(entry).href;
    const module: unknown = await import(/* @vite-ignore */ specifier);
    return { ok: true, module };
  } catch (error) {
    const detail = firstLine(error);
    return { ok: false, why: `${name} is installed but failed to load (${detail})`, detail };
  }
}

/** The first line of an error's message: enough to recognise it in a status line. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]!.trim() || 'unknown error';
}
