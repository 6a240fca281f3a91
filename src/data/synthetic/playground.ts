/**
 * What the six two-feature sets modelled on TensorFlow Playground share: their options (the same
 * ranges Playground offers: noise 0–50 % as 0–0.5, training share 10–90 %, 500 points) and their
 * credit.
 *
 * Playground labels classes +1 and −1; here +1 is class 0 and −1 is class 1, one-hot.
 */
import { countOption, noiseOption, seedOption, trainRatioOption } from '../options';
import type { DatasetInfo } from '../types';

const noise = noiseOption(0, 0.5, 'How much the points scatter; 0.5 makes the classes overlap.');

export const PLAYGROUND_OPTIONS = {
  noise,
  seed: seedOption(),
  trainRatio: trainRatioOption(0.5),
  count: countOption(500),
};

/** The square Playground plots its data and decision boundary over. */
export const PLAYGROUND_DOMAIN = [
  { min: -6, max: 6 },
  { min: -6, max: 6 },
];

export const PLAYGROUND_CREDIT: Pick<DatasetInfo, 'source' | 'licence' | 'citation'> = {
  source: 'Drawn on this computer, following the data definitions of TensorFlow Playground.',
  licence: 'Generated data, free to use. TensorFlow Playground is licensed Apache-2.0.',
  citation:
    'Daniel Smilkov and Shan Carter, TensorFlow Playground (2016), https://playground.tensorflow.org',
};
