/**
 * Definition phrases that Russian writes exactly as English: names of functions and regularisers
 * that lectures and papers keep in Latin letters.
 */
export const SAME_IN_RUSSIAN: ReadonlySet<string> = new Set([
  'ReLU',
  'Leaky ReLU',
  'tanh',
  'Softmax',
  'ELU',
  'SELU',
  'Softplus',
  'L1',
  'L2',
  'α',
  'Dropout',
  'Huber',
]);
