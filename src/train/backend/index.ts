/** Choosing and preparing the TensorFlow.js backend a training run uses. */
export { BACKEND_NAMES, TF_BACKEND, BACKEND_PACKAGE, parseBackendName } from './names';
export type { BackendName } from './names';
export {
  BACKEND_ENV,
  BackendRequestError,
  availableBackends,
  selectBackend,
  type SelectBackendOptions,
  type SelectedBackend,
} from './select';
export { registerWasmGradientKernels, WASM_GRADIENT_KERNELS } from './kernels/register';
