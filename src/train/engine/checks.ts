/**
 * Everything that can be found wrong before a run starts, each as a refusal that says what is
 * wrong and what to do: settings out of their bounds, a dataset whose shapes do not fit the model,
 * early stopping with nothing to watch, a probe example that does not exist.
 */
import type { ModelInput, ModelOutput } from '../../compiler/toKeras';
import type { Dataset } from '../../data';
import { checkParamValue } from '../../layers/paramCheck';
import type { Shape } from '../../layers/shape';
import { TRAINING_PARAMS, type TrainingSettings } from '../../project/training';
import type { StreamSettings } from '../../protocol';
import { saidError } from './said';

export interface Refusal {
  message: string;
  suggestion?: string;
  /** The message's code and values, for the page to say it in the user's language. */
  code?: string;
  values?: Record<string, string | number>;
}

const LOSSES = new Set([
  'categorical_crossentropy',
  'sparse_categorical_crossentropy',
  'binary_crossentropy',
  'mean_squared_error',
  'mean_absolute_error',
  'huber',
  'dice',
]);

/** "[28, 28, 1]": shapes are named the same way in every message. */
export function showShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export function settingsProblem(settings: TrainingSettings): Refusal | null {
  for (const [key, spec] of Object.entries(TRAINING_PARAMS)) {
    const value = Object.hasOwn(settings, key)
      ? (settings as unknown as Record<string, unknown>)[key]
      : undefined;
    const problem = checkParamValue(spec, value);
    if (problem === null) continue;
    // The value goes along as JSON, so the page can word the same check in the user's language.
    const values: Record<string, string> = { problem, setting: spec.label, key };
    if (value !== undefined) values.value = JSON.stringify(value) ?? '';
    return saidError('settings-invalid', values);
  }
  return null;
}

/** The one input and one output a run trains, or why the model cannot be trained on the data. */
export function shapeProblem(
  inputs: readonly ModelInput[],
  outputs: readonly ModelOutput[],
  dataset: Dataset,
): Refusal | null {
  if (inputs.length !== 1 || outputs.length !== 1)
    return saidError('inputs-outputs', { inputs: inputs.length, outputs: outputs.length });
  const input = inputs[0]!;
  const output = outputs[0]!;
  if (!sameShape(input.shape, dataset.inputShape))
    return saidError('input-shape', {
      dataset: dataset.name,
      datasetId: dataset.id,
      datasetShape: showShape(dataset.inputShape),
      layer: input.layerName,
      modelShape: showShape(input.shape),
    });
  if (!LOSSES.has(output.loss)) return saidError('unknown-loss', { loss: output.loss });
  const target = dataset.targetShape;
  const fits =
    sameShape(output.shape, target) ||
    (dataset.task === 'classification' &&
      output.loss === 'binary_crossentropy' &&
      sameShape(target, [2]) &&
      sameShape(output.shape, [1]));
  if (fits) return null;
  const values = {
    dataset: dataset.name,
    datasetId: dataset.id,
    datasetShape: showShape(target),
    layer: output.layerName,
    modelShape: showShape(output.shape),
  };
  if (dataset.task !== 'classification') return saidError('target-shape', values);
  // One unit per class fixes a flat one-hot target; any other shape must be matched as it is.
  return saidError(target.length === 1 ? 'target-shape-classes' : 'target-shape-one-hot', {
    ...values,
    classes: product(target),
  });
}

export function runProblem(
  settings: TrainingSettings,
  streams: StreamSettings,
  dataset: Dataset,
  validationExamples: number,
  metricKeys: readonly string[],
): Refusal | null {
  if (dataset.train.count === 0)
    return saidError('no-examples', { dataset: dataset.name, datasetId: dataset.id });
  if (settings.earlyStopping && settings.earlyStoppingMonitor !== 'loss') {
    const watched = settings.earlyStoppingMonitor === 'val_loss' ? 'loss' : 'accuracy';
    if (validationExamples === 0) return saidError('early-stopping-no-validation', { watched });
    if (watched === 'accuracy' && !metricKeys.includes('acc'))
      return saidError('early-stopping-no-accuracy');
  }
  if (streams.activations && streams.probeIndex >= dataset.train.count)
    return saidError('probe-missing', {
      probe: streams.probeIndex,
      count: dataset.train.count,
      last: dataset.train.count - 1,
    });
  return null;
}

function sameShape(a: Shape | readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

const product = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);
