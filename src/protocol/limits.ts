/**
 * Bounds on what one message may hold. They are far beyond any real run and exist so that a
 * damaged or hostile message is refused at once instead of exhausting memory or time.
 */
export { MAX_EDGES, MAX_NAME_LENGTH, MAX_NODES, MAX_PARAMS } from '../project/limits';
export { MAX_DATASET_OPTIONS, MAX_OPTION_TEXT_LENGTH } from '../project/limits';
export { MAX_TENSORS_PER_NODE, MAX_WEIGHT_RANK, MAX_WEIGHT_VALUES } from '../project/limits';

/** Run and request ids. */
export const MAX_ID_LENGTH = 200;
/** Error messages and suggestions shown to the user. */
export const MAX_MESSAGE_LENGTH = 10_000;
/** Named metrics in one set of scores (a model has a handful). */
export const MAX_METRICS = 64;
/** Classes in a confusion matrix: 1,000 classes are 10^6 cells, 4 MB. */
export const MAX_CLASSES = 1_000;
/** Dimensions of one activation map (without the batch axis). */
export const MAX_ACTIVATION_RANK = 8;
/** Values in one activation map: 2^24 bytes, 16 MiB. */
export const MAX_ACTIVATION_VALUES = 2 ** 24;
/** Examples one epoch's prediction sample may hold: a gallery, not an evaluation. */
export const MAX_PREDICTIONS = 64;
/** Examples one page of a dataset preview may hold. */
export const MAX_PREVIEW_EXAMPLES = 256;
/** Values (pixels or features) one page of a dataset preview may hold: 16 MiB of pixels. */
export const MAX_PREVIEW_VALUES = 2 ** 24;
/** Values computed per point of the decision-boundary grid (one per output unit). */
export const MAX_BOUNDARY_CHANNELS = 64;
/** Objects and lists inside one another; a start message needs about 6 levels. */
export const MAX_DEPTH = 32;
/**
 * Keys and list items a message may hold outside typed arrays. A start message with the largest
 * graph a project may hold (10,000 nodes with a few dozen parameters each) stays below a million.
 */
export const MAX_PLAIN_VALUES = 2_000_000;
/** One hour: a longer interval between activation maps would look like a broken stream. */
export const MAX_INTERVAL_MS = 3_600_000;
/** The largest whole number any count or index may be (2^31 − 1, as tfjs indexes tensors). */
export const MAX_COUNT = 2_147_483_647;
