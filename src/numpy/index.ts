export { readNpy, writeNpy } from './npy';
export { readNpz, writeNpz, type NpzEntries } from './npz';
export {
  float32Array,
  NPY_DTYPES,
  NpyError,
  type NpyArray,
  type NpyDtype,
  type ReadLimits,
} from './types';
