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

export async function benchTraining(models: readonly BenchModel[]): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];
  const datasets = new Map<BenchModel, Dataset>();
  for (const model of models) datasets.set(model, await benchDataset(model));
  for (const name of await availableBackends()) {
    const backend = await selectBackend({ requested: name });
    for (const model of models) {
      // The plain cpu backend trains this CNN at a few dozen samples a second: an epoch would take minutes.
      if (name === 'cpu' && model.name === 'cnn') continue;
      results.push(await timeTraining(backend, model, datasets.get(model)!));
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
