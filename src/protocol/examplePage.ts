/**
 * Builds the answer to a `datasetExamples` request from a loaded dataset. Pure and free of Node,
 * so the host builds it for datasets read from disk and the page builds the very same page for
 * the synthetic sets it can draw itself.
 */
import { integerLabels } from '../data/labels';
import type { Dataset } from '../data/types';
import type { DatasetSplitName } from './datasetExamples';
import { sizeOf } from './fields';
import type { HostReplyOf } from './renderer';

export type ExamplePage = Omit<HostReplyOf<'datasetExamplesPage'>, 'v' | 'type' | 'requestId'>;

/** Whether inputs of this shape are drawn as pictures: height × width × 1 to 4 channels. */
export function isImageShape(shape: readonly number[]): boolean {
  return shape.length === 3 && shape[2]! >= 1 && shape[2]! <= 4;
}

/** Examples `indices` of `split` that exist, in the order asked. */
export function examplePage(
  dataset: Dataset,
  split: DatasetSplitName,
  indices: readonly number[],
): ExamplePage {
  const part = dataset[split];
  const kept = Int32Array.from(
    indices.filter((i) => Number.isInteger(i) && i >= 0 && i < part.count),
  );
  const inputSize = sizeOf(dataset.inputShape);
  const inputs = new Float32Array(kept.length * inputSize);
  kept.forEach((row, i) =>
    inputs.set(part.x.subarray(row * inputSize, (row + 1) * inputSize), i * inputSize),
  );

  const targetSize = sizeOf(dataset.targetShape);
  const page: ExamplePage = {
    datasetId: dataset.id,
    split,
    total: part.count,
    inputShape: [...dataset.inputShape],
    indices: kept,
  };
  if (dataset.task === 'classification') {
    const all = integerLabels(part, targetSize);
    page.labels = Int32Array.from(kept, (row) => all[row]!);
    if (dataset.classNames) page.classNames = [...dataset.classNames];
  } else {
    page.targets = Float32Array.from(kept, (row) => part.y[row * targetSize]!);
  }
  if (isImageShape(dataset.inputShape)) {
    const [height, width, channels] = dataset.inputShape as [number, number, number];
    page.images = { height, width, channels, ...toBytes(inputs) };
  } else {
    page.features = inputs;
  }
  if (dataset.notes && dataset.notes.length > 0) page.notes = dataset.notes.slice(0, 50);
  if (dataset.noteCodes && dataset.noteCodes.length > 0)
    page.noteCodes = dataset.noteCodes.slice(0, 50);
  return page;
}

/** Values as bytes over their own range; a flat page (all one value) is drawn mid-grey. */
function toBytes(values: Float32Array): { pixels: Uint8Array; min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values)
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  if (!(min <= max)) [min, max] = [0, 1];
  const span = max - min;
  const pixels = new Uint8Array(values.length);
  values.forEach((v, i) => {
    pixels[i] = span > 0 && Number.isFinite(v) ? Math.round(((v - min) / span) * 255) : 128;
  });
  return { pixels, min, max };
}
