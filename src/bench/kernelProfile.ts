/**
 * Where a training step's time goes, kernel by kernel: every kernel registered for the current
 * backend is wrapped in a timer for one training run, then unwrapped. Kernels that our composed
 * kernels call from inside (see src/train/backend/kernels) are listed apart, indented, so that
 * the top-level rows add up to the time spent in kernels; what remains of the run is the
 * engine's own work between kernels (the gradient tape, bookkeeping), the data pipeline, and
 * the run's evaluation and reports.
 *
 * The timers cost a little themselves (two clock reads per kernel call), so a profiled run is a
 * few percent slower than an unprofiled one.
 */
import type { KernelConfig, KernelFunc } from '@tensorflow/tfjs';
import type { Dataset } from '../data';
import { loadTf } from '../compiler/tf';
import type { BenchModel } from './models';
import { timeTraining } from './training';

export interface KernelRow {
  kernel: string;
  /** Called from inside another kernel. */
  nested: boolean;
  callsPerStep: number;
  /** Including the kernels it calls. */
  msPerStep: number;
}

export interface KernelProfile {
  backend: string;
  msPerStep: number;
  /** Time in top-level kernels, per step. */
  kernelMsPerStep: number;
  rows: KernelRow[];
}

export async function profileKernels(
  backend: { name: string; tfBackend: string; reason: string },
  model: BenchModel,
  data: Dataset,
): Promise<KernelProfile> {
  const tf = await loadTf();
  // A first run so that what is compiled once (kernels' code, the model's caches) is not timed.
  await timeTraining(backend, model, data);
  const totals = new Map<string, { calls: number; ms: number }>();
  let depth = 0;
  const wrapped: { config: KernelConfig; original: KernelFunc }[] = [];
  for (const { kernelName } of tf.getKernelsForBackend(backend.tfBackend)) {
    // The registry hands out the config it keeps: swapping its function reroutes every call.
    const config = tf.getKernel(kernelName, backend.tfBackend) as KernelConfig;
    const original = config.kernelFunc;
    wrapped.push({ config, original });
    config.kernelFunc = (args) => {
      const start = performance.now();
      depth++;
      try {
        return original(args);
      } finally {
        depth--;
        const key = depth > 0 ? `  ${kernelName}` : kernelName;
        const total = totals.get(key) ?? { calls: 0, ms: 0 };
        total.calls++;
        total.ms += performance.now() - start;
        totals.set(key, total);
      }
    };
  }
  let seconds: number;
  try {
    seconds = (await timeTraining(backend, model, data)).seconds;
  } finally {
    for (const { config, original } of wrapped) config.kernelFunc = original;
  }
  const steps = Math.ceil(data.train.count / model.batchSize);
  const rows = [...totals.entries()]
    .map(([key, t]) => ({
      kernel: key.trim(),
      nested: key.startsWith(' '),
      callsPerStep: t.calls / steps,
      msPerStep: t.ms / steps,
    }))
    .sort((a, b) => b.msPerStep - a.msPerStep);
  return {
    backend: backend.name,
    msPerStep: (seconds * 1000) / steps,
    kernelMsPerStep: rows.filter((r) => !r.nested).reduce((sum, r) => sum + r.msPerStep, 0),
    rows,
  };
}
