/**
 * Bounds on what a project file may hold. They are far beyond any real project and exist so that
 * a damaged or hostile file is refused with a clear message instead of exhausting memory.
 */

/** 256 MiB of text; the loader refuses larger files before reading them whole. */
export const MAX_PROJECT_CHARS = 256 * 1024 * 1024;
export const MAX_NODES = 10_000;
export const MAX_EDGES = 50_000;
/** Ids, node names, layer type names, dataset ids, the project name. */
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTES_LENGTH = 1_000_000;
export const MAX_DATASET_OPTIONS = 100;
/** Parameters of one node; the largest layer type has a few dozen. */
export const MAX_PARAMS = 1_000;
export const MAX_OPTION_TEXT_LENGTH = 1_000;
/** Objects and lists inside one another; a real project needs about 7 levels. */
export const MAX_DEPTH = 32;
/** Weight tensors per node (an LSTM has 3, a batch normalisation 4). */
export const MAX_TENSORS_PER_NODE = 64;
export const MAX_WEIGHT_RANK = 8;
/** Values in one weight tensor: 2^26 float32 values are 256 MiB, more than a file can hold. */
export const MAX_WEIGHT_VALUES = 2 ** 26;
