/**
 * Chooses the backend a run trains on, switches TensorFlow.js to it, and says why: in an English
 * sentence for the run record and the command's header, and as coded parts for the UI's status.
 *
 * Without a request the first backend that loads wins, fastest first: native TensorFlow on a
 * CUDA GPU, native TensorFlow on the CPU, WebAssembly, plain JavaScript. A request (the
 * `--backend` option, else the NEUROCANVAS_BACKEND variable) names one backend; if it cannot
 * load, that is an error saying why and what would work instead.
 */
import { loadTf } from '../../compiler/tf';
import type { Tf } from '../../compiler/tf';
import { PREPARE, nativeBackendSource, type Env } from './candidates';
import { BACKEND_NAMES, BACKEND_PACKAGE, TF_BACKEND, parseBackendName } from './names';
import type { BackendName } from './names';
import { firstLine } from './optionalPackage';
import { runningWasmBuild } from './wasmStart';
import { wasmBuildWhy } from './wasmThreads';
import { reasonText, why, whyText, type Why, type WhyCode } from './why';

export const BACKEND_ENV = 'NEUROCANVAS_BACKEND';

export interface SelectedBackend {
  name: BackendName;
  /** The name TensorFlow.js uses for it (`tf.getBackend()`). */
  tfBackend: string;
  /** Why this backend, for people: shown in run records and the command header. */
  reason: string;
  /** The same by code and values, the main why first: the UI says it in the user's language. */
  code: WhyCode;
  values: Record<string, string | number>;
  /** Every part of `reason` in order, as `why.ts` words them. */
  parts: Why[];
}

export interface SelectBackendOptions {
  /** A backend name, 'auto', or nothing to defer to the environment variable. */
  requested?: string;
  /** How the request reached us, for messages; defaults to the command's option. */
  requestedBy?: string;
  /**
   * Where NEUROCANVAS_BACKEND (and NEUROCANVAS_WASM_THREADS, for a wasm backend not yet
   * started) are read; defaults to the process environment.
   */
  env?: Env;
}

/** A request that cannot be met; the message says why and what to use instead. */
export class BackendRequestError extends Error {
  constructor(
    message: string,
    readonly available: BackendName[],
  ) {
    super(message);
    this.name = 'BackendRequestError';
  }
}

const CHOSEN_BECAUSE: Record<BackendName, Why> = {
  'tensorflow-gpu': why('fastest-gpu'),
  tensorflow: why('fastest-native'),
  wasm: why('fastest-wasm'),
  cpu: why('only-cpu', { package: BACKEND_PACKAGE.tensorflow }),
};

function selected(name: BackendName, main: Why, parts: Why[]): SelectedBackend {
  return {
    name,
    tfBackend: TF_BACKEND[name],
    reason: reasonText(name, parts),
    code: main.code,
    values: main.values,
    parts,
  };
}

export async function selectBackend(options: SelectBackendOptions = {}): Promise<SelectedBackend> {
  const tf = await loadTf();
  const env = options.env ?? process.env;
  const fromOption = options.requested !== undefined && options.requested.trim() !== '';
  const text = fromOption ? options.requested! : (env[BACKEND_ENV] ?? '');
  const by = fromOption ? (options.requestedBy ?? '--backend') : BACKEND_ENV;
  const parsed = parseBackendName(text);
  if (parsed === null) {
    throw new BackendRequestError(
      `Unknown backend "${text.trim()}" (from ${by}). Valid names: auto, ${BACKEND_NAMES.join(', ')}.`,
      await availableBackends(tf),
    );
  }
  return parsed === 'auto' ? chooseFastest(tf, env) : useRequested(tf, parsed, by, env);
}

async function chooseFastest(tf: Tf, env: Env): Promise<SelectedBackend> {
  const passedOver: Why[] = [];
  for (const name of BACKEND_NAMES) {
    const failed = (await PREPARE[name](tf, env)) ?? (await activate(tf, name));
    if (failed === null) return autoChoice(name, passedOver);
    // Most people have no CUDA build installed; saying so every run would only be noise.
    if (!(name === 'tensorflow-gpu' && failed.code === 'not-installed')) passedOver.push(failed);
  }
  // Unreachable in practice: the cpu backend ships with TensorFlow.js itself.
  throw new Error(`No TensorFlow.js backend could start: ${passedOver.map(whyText).join('; ')}`);
}

function autoChoice(name: BackendName, passedOver: Why[]): SelectedBackend {
  let because = CHOSEN_BECAUSE[name];
  if (name === 'tensorflow' && nativeBackendSource() === 'gpu') {
    because = why('gpu-package-on-cpu', { package: BACKEND_PACKAGE['tensorflow-gpu'] });
  }
  return selected(name, because, [...passedOver, because, ...buildDetail(name)]);
}

/** For wasm, which build runs: "SIMD, 2 threads". */
function buildDetail(name: BackendName): Why[] {
  const build = name === 'wasm' ? runningWasmBuild() : null;
  return build ? [wasmBuildWhy(build)] : [];
}

async function useRequested(
  tf: Tf,
  name: BackendName,
  by: string,
  env: Env,
): Promise<SelectedBackend> {
  const failed = (await PREPARE[name](tf, env)) ?? (await activate(tf, name));
  if (failed !== null) {
    const available = (await availableBackends(tf)).filter((other) => other !== name);
    const install =
      failed.code === 'not-installed' ? ` (npm install ${BACKEND_PACKAGE[name]})` : '';
    throw new BackendRequestError(
      `The ${name} backend was requested by ${by} but cannot be used: ${whyText(failed)}${install}. ` +
        `Available here: ${available.join(', ') || 'none'}.`,
      available,
    );
  }
  const requested = why('requested', { by });
  return selected(name, requested, [requested, ...buildDetail(name)]);
}

/** Switches TensorFlow.js to the backend; on failure goes back to the one in use before. */
async function activate(tf: Tf, name: BackendName): Promise<Why | null> {
  const previous = tf.getBackend();
  let detail: string | null = null;
  try {
    if (await tf.setBackend(TF_BACKEND[name])) {
      await tf.ready();
      return null;
    }
  } catch (error) {
    detail = firstLine(error);
  }
  // A failed tf.setBackend leaves TensorFlow.js pointing at a backend that does not exist.
  if (previous) await tf.setBackend(previous);
  const backend = TF_BACKEND[name];
  return detail === null
    ? why('start-failed', { backend })
    : why('start-failed-detail', { backend, detail });
}

/** The backends that load on this machine, fastest first. */
export async function availableBackends(tf?: Tf): Promise<BackendName[]> {
  const ready = tf ?? (await loadTf());
  const names: BackendName[] = [];
  for (const name of BACKEND_NAMES) {
    if ((await PREPARE[name](ready)) === null) names.push(name);
  }
  return names;
}
