/**
 * Random image augmentation of training batches, from the run's settings. Only training batches
 * pass through it; validation and test examples are always measured as they are. Its random
 * stream is derived from the run's seed, so the same seed gives the same augmented images.
 */
import { augmentImages, type AugmentOptions } from '../../data/augment';
import { createRandom, type Random } from '../../data/random';
import { deriveSeed } from '../../compiler/toKeras';
import { augments, type TrainingSettings } from '../../project/training';

export class BatchAugmenter {
  private readonly random: Random;

  private constructor(
    private readonly options: AugmentOptions,
    private readonly shape: readonly [number, number, number],
    seed: number,
  ) {
    this.random = createRandom(deriveSeed(seed, 'augmentation'));
  }

  /** An augmenter for the run, or null when augmentation is off or the inputs are not images. */
  static forRun(settings: TrainingSettings, inputShape: readonly number[]): BatchAugmenter | null {
    if (!augments(settings) || inputShape.length !== 3) return null;
    const options: AugmentOptions = {
      flipHorizontal: settings.augmentFlip === 'horizontal' || settings.augmentFlip === 'both',
      flipVertical: settings.augmentFlip === 'vertical' || settings.augmentFlip === 'both',
      maxShift: settings.augmentShift,
      maxRotation: settings.augmentRotation,
    };
    const [h, w, c] = inputShape as [number, number, number];
    return new BatchAugmenter(options, [h, w, c], settings.seed);
  }

  /** A new array with each of the `count` images of `images` given its own random transform. */
  apply(images: Float32Array, count: number): Float32Array {
    return augmentImages(images, count, this.shape, this.options, this.random);
  }
}
