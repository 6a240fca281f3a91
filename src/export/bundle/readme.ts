/** Pieces every bundle's README shares: what goes in, what comes out, and where the weights came from. */
import { augments, type TrainingSettings } from '../../project/training';
import type { ExportModel } from './types';

const shapeText = (shape: readonly number[]) => `[batch, ${shape.join(', ')}]`;

/** A Markdown section listing the model's inputs and outputs with their shapes (channels-last). */
export function inputsOutputsSection(model: ExportModel): string {
  const inputs = model.topology.inputs.map(
    (i) => `- input \`${i.layerName}\`: ${shapeText(i.shape)}`,
  );
  const outputs = model.topology.outputs.map(
    (o) => `- output \`${o.layerName}\`: ${shapeText(o.shape)}, trained with \`${o.loss}\``,
  );
  return ['## Inputs and outputs', '', ...inputs, ...outputs].join('\n');
}

/** One sentence: trained weights, or the seeded starting weights of a design never trained. */
export function weightsSentence(model: ExportModel): string {
  return model.trained
    ? 'The weights are the ones trained (or imported) in NeuroCanvas.'
    : `The model was not trained yet: the weights are its starting weights, drawn with seed ${model.training.seed}.`;
}

/** Describes `samples.npz`, which the bundle layer adds to every bundle. */
export function samplesSection(model: ExportModel): string {
  const n = model.samples.inputs[0]?.shape[0] ?? 0;
  const source = model.datasetId
    ? `examples of the dataset \`${model.datasetId}\` when its shape fits the model, otherwise seeded random values`
    : 'seeded random values';
  return [
    '## Samples',
    '',
    `\`samples.npz\` holds ${n} example inputs (${source}) as \`input_0\`, \`input_1\`, … and what`,
    'NeuroCanvas computed for them as `output_0`, `output_1`, …, all float32 in NeuroCanvas’ layout',
    '(channels-last, batch first). The verify script compares against these.',
  ].join('\n');
}

/**
 * The project's image augmentation is not mirrored by the exported training scripts; when it is
 * on, the README says so, or an empty string when it is off.
 */
export function augmentationNote(training: TrainingSettings): string {
  if (!augments(training)) return '';
  return (
    `The project's image augmentation (flips: ${training.augmentFlip}, shift: ${training.augmentShift} px, ` +
    `rotation: ${training.augmentRotation}°) is not mirrored: \`train.py\` trains on the images as they are.`
  );
}
