/**
 * A rough estimate of the memory one training step needs, float32 throughout:
 * - weights, and one gradient per trainable weight;
 * - the optimizer's own state per trainable weight: Adam, Adamax and Adadelta keep two numbers,
 *   RMSprop and Adagrad one, SGD one only with momentum;
 * - every layer's output for the whole batch, kept for backpropagation, and its gradient.
 * Real use is higher (workspace of the backend, the data itself); this is the part the design sets.
 */
import type { GraphAnalysis } from '../../../src/graph/analyze';
import type { Graph } from '../../../src/graph/types';
import { getLayer } from '../../../src/layers/registry';
import { product } from '../../../src/layers/shape';
import { translate, type Locale, type MessageKey } from '../../../src/i18n';
import type { TrainingSettings } from '../../../src/project';

const BYTES = 4;

const OPTIMIZER_SLOTS: Readonly<Record<string, number>> = {
  adam: 2,
  adamax: 2,
  adadelta: 2,
  rmsprop: 1,
  adagrad: 1,
};

export interface MemoryEstimate {
  weights: number;
  training: number;
  activations: number;
  total: number;
}

export function estimateMemory(
  graph: Graph,
  analysis: GraphAnalysis,
  training: Pick<TrainingSettings, 'batchSize' | 'optimizer' | 'momentum'>,
): MemoryEstimate {
  const { total, trainable } = analysis.totals;
  const slots =
    OPTIMIZER_SLOTS[training.optimizer] ??
    (training.optimizer === 'sgd' && training.momentum > 0 ? 1 : 0);
  let values = 0;
  for (const node of graph.nodes) {
    // The Output marker passes its input through; that tensor is counted once, where it is made.
    if (getLayer(node.type)?.category === 'Output') continue;
    const shape = analysis.nodes.get(node.id)?.outputShape;
    if (shape) values += product(shape);
  }
  const weights = total * BYTES;
  const trainingState = trainable * (1 + slots) * BYTES;
  const activations = values * training.batchSize * 2 * BYTES;
  return {
    weights,
    training: trainingState,
    activations,
    total: weights + trainingState + activations,
  };
}

const BYTE_UNITS: readonly [size: number, unit: MessageKey][] = [
  [1e9, 'summary.gigabytes'],
  [1e6, 'summary.megabytes'],
  [1e3, 'summary.kilobytes'],
];

/** A size in the user's language: '1.5 kB', '123 MB' in English; '1,5 КБ', '123 МБ' in Russian. */
export function formatBytes(bytes: number, locale: Locale = 'en'): string {
  for (const [size, unit] of BYTE_UNITS) {
    if (bytes >= size) {
      const digits = bytes / size >= 100 ? 0 : 1;
      const value = (bytes / size).toLocaleString(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      return translate(locale, unit, { size: value });
    }
  }
  return translate(locale, 'summary.bytes', { count: bytes });
}
