import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../../compiler/tf';
import { registerWasmGradientKernels, WASM_GRADIENT_KERNELS } from './kernels/register';
import { loadOptionalPackage, resolvePackage } from './optionalPackage';
import { BACKEND_ENV, BackendRequestError, availableBackends, selectBackend } from './select';
import { WASM_BINARIES, wasmBinaryFolder } from './wasmFiles';
import { describeWasmBuild, wasmThreads } from './wasmThreads';

// These expectations describe a machine without native TensorFlow, like the ones the project
// is built on; where @tensorflow/tfjs-node is installed, the cases that depend on it say so.
const hasNative = resolvePackage('@tensorflow/tfjs-node') !== null;

// The wasm build that starts here without a setting: the number of threads depends on the
// machine's cores (one on 2 cores).
const threads = wasmThreads(availableParallelism(), undefined).threads;
const build = describeWasmBuild({ simd: true, threads });
const buildPart = { code: 'wasm-build', values: { simd: 'yes', threads } };

let tf: Tf;
const savedEnv = process.env[BACKEND_ENV];

beforeAll(async () => {
  tf = await loadTf();
});

afterEach(() => {
  if (savedEnv === undefined) delete process.env[BACKEND_ENV];
  else process.env[BACKEND_ENV] = savedEnv;
});

async function refusal(run: () => Promise<unknown>): Promise<BackendRequestError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendRequestError);
  return error as BackendRequestError;
}

describe('selectBackend without a request', () => {
  it.skipIf(hasNative)('picks wasm and says that native TensorFlow is missing', async () => {
    const chosen = await selectBackend({ env: {} });
    expect(chosen).toEqual({
      name: 'wasm',
      tfBackend: 'wasm',
      reason: `wasm: @tensorflow/tfjs-node is not installed; WebAssembly is the fastest backend available; ${build}`,
      code: 'fastest-wasm',
      values: {},
      parts: [
        { code: 'not-installed', values: { package: '@tensorflow/tfjs-node' } },
        { code: 'fastest-wasm', values: {} },
        buildPart,
      ],
    });
    expect(tf.getBackend()).toBe('wasm');
  });

  it.skipIf(!hasNative)('picks native TensorFlow where it is installed', async () => {
    const chosen = await selectBackend({ env: {} });
    expect(chosen.tfBackend).toBe('tensorflow');
    expect(tf.getBackend()).toBe('tensorflow');
  });

  it('treats "auto" and an empty variable as no request', async () => {
    const auto = await selectBackend({ requested: 'auto', env: { [BACKEND_ENV]: 'cpu' } });
    const empty = await selectBackend({ env: { [BACKEND_ENV]: '  ' } });
    expect(auto.name).toBe(hasNative ? 'tensorflow' : 'wasm');
    expect(empty).toEqual(auto);
  });
});

describe('selectBackend with a request', () => {
  it('gives the plain cpu backend when asked, whatever the case and spaces', async () => {
    await selectBackend({ env: {} });
    const chosen = await selectBackend({ requested: ' CPU ' });
    expect(chosen).toEqual({
      name: 'cpu',
      tfBackend: 'cpu',
      reason: 'cpu: requested by --backend',
      code: 'requested',
      values: { by: '--backend' },
      parts: [{ code: 'requested', values: { by: '--backend' } }],
    });
    expect(tf.getBackend()).toBe('cpu');
  });

  it('gives wasm when asked, with its gradient kernels in place', async () => {
    const chosen = await selectBackend({ requested: 'wasm', requestedBy: 'the project settings' });
    expect(chosen.reason).toBe(`wasm: requested by the project settings; ${build}`);
    expect(tf.getBackend()).toBe('wasm');
    for (const name of WASM_GRADIENT_KERNELS) expect(tf.getKernel(name, 'wasm')).toBeDefined();
  });

  it.skipIf(hasNative)(
    'refuses native TensorFlow here, naming what is missing and what works',
    async () => {
      await selectBackend({ requested: 'cpu' });
      const error = await refusal(() => selectBackend({ requested: 'tensorflow' }));
      expect(error.message).toBe(
        'The tensorflow backend was requested by --backend but cannot be used: ' +
          '@tensorflow/tfjs-node is not installed (npm install @tensorflow/tfjs-node). ' +
          'Available here: wasm, cpu.',
      );
      expect(error.available).toEqual(['wasm', 'cpu']);
      // The failed request leaves the backend in use as it was.
      expect(tf.getBackend()).toBe('cpu');
    },
  );

  it.skipIf(resolvePackage('@tensorflow/tfjs-node-gpu') !== null)(
    'refuses the GPU backend where its package is missing',
    async () => {
      const error = await refusal(() => selectBackend({ requested: 'tensorflow-gpu' }));
      expect(error.message).toContain('@tensorflow/tfjs-node-gpu is not installed');
      expect(error.message).toContain('Available here: ');
    },
  );

  it('refuses an unknown name and lists the valid ones', async () => {
    const error = await refusal(() => selectBackend({ requested: 'tpu' }));
    expect(error.message).toBe(
      'Unknown backend "tpu" (from --backend). Valid names: auto, tensorflow-gpu, tensorflow, wasm, cpu.',
    );
  });
});

describe(`the ${BACKEND_ENV} variable`, () => {
  it('chooses the backend when no option is given', async () => {
    process.env[BACKEND_ENV] = 'cpu';
    const chosen = await selectBackend({});
    expect(chosen).toEqual({
      name: 'cpu',
      tfBackend: 'cpu',
      reason: `cpu: requested by ${BACKEND_ENV}`,
      code: 'requested',
      values: { by: BACKEND_ENV },
      parts: [{ code: 'requested', values: { by: BACKEND_ENV } }],
    });
    expect(tf.getBackend()).toBe('cpu');
  });

  it('gives way to the option', async () => {
    const chosen = await selectBackend({ requested: 'wasm', env: { [BACKEND_ENV]: 'cpu' } });
    expect(chosen.name).toBe('wasm');
  });

  it('is checked like the option', async () => {
    const error = await refusal(() => selectBackend({ env: { [BACKEND_ENV]: 'fast' } }));
    expect(error.message).toContain(`Unknown backend "fast" (from ${BACKEND_ENV})`);
  });
});

describe('loading backends', () => {
  it('finds the WebAssembly binaries on disk, in the package folder', () => {
    const found = wasmBinaryFolder();
    expect('folder' in found && found.folder).toMatch(/tfjs-backend-wasm[/\\]dist[/\\]$/);
    expect(WASM_BINARIES).toContain('tfjs-backend-wasm-simd.wasm');
  });

  it('lists the backends that load here, fastest first', async () => {
    const names = await availableBackends();
    expect(names.slice(-2)).toEqual(['wasm', 'cpu']);
    expect(names.includes('tensorflow')).toBe(hasNative);
  });

  it('turns a missing or broken package into a sentence', async () => {
    const root = mkdtempSync(join(tmpdir(), 'neurocanvas-backend-'));
    const pkg = join(root, 'node_modules', 'broken-binding');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'broken-binding', main: 'index.js' }),
    );
    writeFileSync(
      join(pkg, 'index.js'),
      "throw new Error('libtensorflow.so.2: cannot open shared object file\\nmore');",
    );
    const from = join(root, 'index.js');
    expect(await loadOptionalPackage('broken-binding', from)).toEqual({
      ok: false,
      why: 'broken-binding is installed but failed to load (libtensorflow.so.2: cannot open shared object file)',
      detail: 'libtensorflow.so.2: cannot open shared object file',
    });
    expect(await loadOptionalPackage('absent-binding', from)).toEqual({
      ok: false,
      why: 'absent-binding is not installed',
    });
  });

  it('registers the wasm gradient kernels once, however often asked', () => {
    registerWasmGradientKernels(tf);
    const first = WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm'));
    registerWasmGradientKernels(tf);
    WASM_GRADIENT_KERNELS.forEach((name, i) => {
      expect(first[i]).toBeDefined();
      expect(tf.getKernel(name, 'wasm')).toBe(first[i]);
    });
  });
});
