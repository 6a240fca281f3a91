/**
 * Training throughput: each bench model on each backend that loads here, trained through the real
 * training session (streams off), and once more with every stream on to measure what they cost.
 */
import type { Dataset } from '../data';
import { loadDataset } from '../data/node/loadDataset';
import { defaultTraining } from '../project/training';
import { STREAMS_OFF, STREAMS_ON, type StreamSettings } from '../protocol';
import { availableBackends, selectBackend } from '../train/backend/select';
import { createTrainingSession } from '../train/engine';
import type { BenchModel } from './models';

export interface ThroughputResult {
  backend: string;
  model: string;
  samplesPerSecond: number;
  seconds: number;
}

export async function benchDataset(model: BenchModel): Promise<Dataset> {
  return loadDataset(model.dataset, {});
}

export function benchEpochs(model: BenchModel): number {
  return model.dataset === 'spiral' ? 20 : 1;
}

/** Trains `model` once on the current backend and times the whole run. */
export async function timeTraining(
  backend: { name: string; reason: string },
  model: BenchModel,
  data: Dataset,
  streams: StreamSettings = STREAMS_OFF,
  seed = 1,
  epochs = benchEpochs(model),
): Promise<ThroughputResult> {
  const session = await createTrainingSession(
    {
      runId: `bench-${model.name}`,
      graph: model.graph,
      dataset: data,
      training: {
        ...defaultTraining(),
        optimizer: 'adam',
        learningRate: model.learningRate,
        batchSize: model.batchSize,
        epochs,
        validationSplit: 0,
        shuffle: true,
        seed,
      },
      streams,
      backend: backend as never,
    },
    () => {},
  );
  const start = performance.now();
  const outcome = await session.run();
  const seconds = (performance.now() - start) / 1000;
  if (outcome.kind === 'error')
    throw new Error(`${model.name} on ${backend.name}: ${outcome.message}`);
  return {
    backend: backend.name,
    model: model.name,
    samplesPerSecond: (data.train.count * epochs) / seconds,
    seconds,
  };
}

/** Measured runs per model after the first; the median is reported. */
export const MEASURED_RUNS = 3;

export interface BenchFigures extends ThroughputResult {
  /** The first run in this process, which also pays for warming up (samples/s). */
  firstRun: number;
  /** How many runs the median was taken over (1 where the first run is all there is). */
  runs: number;
}

/**
 * Each model on each backend that loads: a first run, then MEASURED_RUNS more, reporting the
 * median. The first run of a model pays once per process for what later runs find ready
 * (compiled code, grown wasm memory); it is reported beside the median, not in it. On the plain
 * cpu backend, far too slow to repeat, the first run is the figure.
 */
export async function benchTraining(models: readonly BenchModel[]): Promise<BenchFigures[]> {
  const results: BenchFigures[] = [];
  const datasets = new Map<BenchModel, Dataset>();
  for (const model of models) datasets.set(model, await benchDataset(model));
  for (const name of await availableBackends()) {
    const backend = await selectBackend({ requested: name });
    for (const model of models) {
      // The plain cpu backend trains this CNN at a few dozen samples a second: an epoch would take minutes.
      if (name === 'cpu' && model.name === 'cnn') continue;
      const data = datasets.get(model)!;
      const first = await timeTraining(backend, model, data);
      const repeats = name === 'cpu' ? 0 : MEASURED_RUNS;
      const runs: ThroughputResult[] = [];
      for (let i = 0; i < repeats; i++) runs.push(await timeTraining(backend, model, data));
      const median = runs.length
        ? [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!
        : first;
      results.push({ ...median, firstRun: first.samplesPerSecond, runs: Math.max(1, runs.length) });
    }
  }
  return results;
}

/**
 * What the live streams cost: runs with every stream off and on, paired. One unmeasured run of each
 * comes first, so that neither side pays for warming up (wasm memory growth, compiled kernels);
 * each pair then runs in the opposite order to the last (off-on, on-off, …), so that whatever
 * the second run of a pair gains or loses falls on both sides alike. The overhead is the median of
 * the pairs' own ratios, which drift in the machine's load between pairs does not move.
 */
export async function streamOverhead(
  backend: { name: string; reason: string },
  model: BenchModel,
  data: Dataset,
  options: { pairs: number; epochs: number },
): Promise<{ off: number; on: number; overhead: number }> {
  const time = async (streams: StreamSettings) =>
    (await timeTraining(backend, model, data, streams, 1, options.epochs)).seconds;
  await time(STREAMS_OFF);
  await time(STREAMS_ON);
  const off: number[] = [];
  const on: number[] = [];
  for (let i = 0; i < options.pairs; i++) {
    if (i % 2 === 0) {
      off.push(await time(STREAMS_OFF));
      on.push(await time(STREAMS_ON));
    } else {
      on.push(await time(STREAMS_ON));
      off.push(await time(STREAMS_OFF));
    }
  }
  const median = (xs: readonly number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const samples = data.train.count * options.epochs;
  return {
    off: samples / median(off),
    on: samples / median(on),
    overhead: median(on.map((seconds, i) => seconds / off[i]!)) - 1,
  };
}
