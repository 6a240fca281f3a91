/**
 * Prepares a GAN run: the settings and both parts checked against each other and the dataset
 * (a refusal says what is wrong and what to do), the two models built with weights seeded from the
 * run's seed (or the weights given), and a session ready to `run()`.
 */
import { compileGraph } from '../../compiler/compile';
import { loadTf } from '../../compiler/tf';
import { createRandom } from '../../data/random';
import { analyzeGraph } from '../../graph/analyze';
import { ganParts, type GanPart, type GanParts } from '../../gan/parts';
import type { NodeWeights } from '../../project/weights';
import type { TrainerMessage } from '../../protocol';
import { settingsProblem, type Refusal } from '../engine/checks';
import { RunStream } from '../engine/runStream';
import { saidError } from '../engine/said';
import type { SessionInput, TrainingSession } from '../engine/session';
import { GanRun, standardNoise } from './ganRun';
import { GanSampler } from './ganSamples';

const now = () => performance.now();

/** The GAN parts of the run's graph, or null when it is an ordinary model. */
export function ganOf(input: Pick<SessionInput, 'graph' | 'dataset'>): GanParts | Refusal | null {
  const split = ganParts(input.graph, analyzeGraph(input.graph), input.dataset.inputShape);
  if (split.kind === 'single') return null;
  if (split.kind === 'problem')
    return saidError('model-invalid', { problem: split.problem.message });
  return split.parts;
}

export async function prepareGan(
  input: SessionInput,
  parts: GanParts,
  emit: (message: TrainerMessage) => void,
): Promise<TrainingSession | Refusal> {
  const { dataset, training } = input;
  const invalid = settingsProblem(training);
  if (invalid) return invalid;
  if (dataset.train.count === 0)
    return saidError('no-examples', { dataset: dataset.name, datasetId: dataset.id });
  const tf = await loadTf();
  const generator = await build(parts.generator, input);
  let discriminator;
  try {
    discriminator = await build(parts.discriminator, input);
  } catch (error) {
    generator.model.dispose();
    throw error;
  }
  for (const built of [generator, discriminator])
    if (built.model.trainableWeights.length === 0) {
      generator.model.dispose();
      discriminator.model.dispose();
      return saidError('no-weights');
    }
  const sampleShape = parts.discriminator.inputShape;
  const size = sampleShape.reduce((p, d) => p * d, 1);
  const random = createRandom(training.seed);
  const sampler = new GanSampler(
    tf,
    sampleShape,
    { values: shuffledRows(dataset.train.x, size, training.seed), size },
    standardNoise(createRandom(training.seed + 1), parts.noiseSize),
    parts.noiseSize,
  );
  return new GanRun({
    tf,
    input,
    generator,
    discriminator,
    noiseSize: parts.noiseSize,
    sampleShape,
    real: dataset.train.x,
    sampler,
    random,
    stream: new RunStream(input.runId, emit, now, input.streams.activationIntervalMs),
    now,
  });
}

async function build(part: GanPart, input: SessionInput) {
  const ids = new Set(part.graph.nodes.map((n) => n.id));
  const weights: NodeWeights | undefined = input.weights
    ? Object.fromEntries(Object.entries(input.weights).filter(([id]) => ids.has(id)))
    : undefined;
  return compileGraph(part.graph, {
    seed: input.training.seed,
    ...(weights ? { weights } : {}),
  });
}

/** The rows in an order fixed by `seed`, so the collapse check compares with all parts of the data. */
function shuffledRows(values: Float32Array, size: number, seed: number): Float32Array {
  const count = Math.floor(values.length / size);
  const random = createRandom(seed ^ 0x5bd1e995);
  const out = new Float32Array(values.length);
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (let i = 0; i < count; i++)
    out.set(values.subarray(order[i]! * size, (order[i]! + 1) * size), i * size);
  return out;
}
