/**
 * Gives the WebAssembly backend the gradient kernels that convolutional, depthwise and
 * separable layers need to train: the three it lacks, and a faster input gradient for ordinary
 * convolutions than its own plain loop. Each is composed from wasm's own fast kernels (see the
 * files beside this one).
 *
 * Registering again is harmless: our kernels stay as they are, a missing kernel that the
 * backend has meanwhile gained itself is left alone, and a replaced one is replaced once.
 */
import type {
  KernelBackend,
  KernelConfig,
  KernelFunc,
  NamedTensorInfoMap,
  TensorInfo,
} from '@tensorflow/tfjs';
import type { Tf } from '../../../compiler/tf';
import { conv2dFilterGradient, type FilterGradientAttrs } from './conv2dBackpropFilter';
import { conv2dInputGradient } from './conv2dBackpropInput';
import { depthwiseFilterGradient } from './depthwiseBackpropFilter';
import { depthwiseInputGradient, type InputGradientAttrs } from './depthwiseBackpropInput';
import { KernelScope } from './kernelScope';

export const WASM = 'wasm';

type Compose = (scope: KernelScope, inputs: NamedTensorInfoMap, attrs: unknown) => TensorInfo;

interface Composed {
  compose: Compose;
  /** true: replaces the backend's own kernel; false: only fills a gap. */
  replaces: boolean;
}

const COMPOSED: Record<string, Composed> = {
  Conv2DBackpropFilter: {
    replaces: false,
    compose: (scope, { x, dy }, attrs) =>
      conv2dFilterGradient(scope, x!, dy!, attrs as FilterGradientAttrs),
  },
  Conv2DBackpropInput: {
    replaces: true,
    compose: (scope, { dy, filter }, attrs) =>
      conv2dInputGradient(scope, dy!, filter!, attrs as InputGradientAttrs),
  },
  DepthwiseConv2dNativeBackpropFilter: {
    replaces: false,
    compose: (scope, { x, dy }, attrs) =>
      depthwiseFilterGradient(scope, x!, dy!, attrs as FilterGradientAttrs),
  },
  DepthwiseConv2dNativeBackpropInput: {
    replaces: false,
    compose: (scope, { dy, filter }, attrs) =>
      depthwiseInputGradient(scope, dy!, filter!, attrs as InputGradientAttrs),
  },
};

export const WASM_GRADIENT_KERNELS = Object.keys(COMPOSED);

/** The kernel functions made here, to recognise them when asked to register again. */
const ours = new WeakSet<KernelFunc>();

/** A kernel function that runs `compose` on `backendName`'s kernels and frees what it made. */
export function composedKernel(tf: Tf, backendName: string, compose: Compose): KernelFunc {
  const kernelFunc: KernelFunc = ({ inputs, backend, attrs }) => {
    const scope = new KernelScope(tf, backend as KernelBackend, backendName);
    try {
      return scope.keep(compose(scope, inputs, attrs));
    } finally {
      scope.dispose();
    }
  };
  ours.add(kernelFunc);
  return kernelFunc;
}

export function isComposedKernel(kernelFunc: KernelFunc | undefined): boolean {
  return kernelFunc !== undefined && ours.has(kernelFunc);
}

export function registerWasmGradientKernels(tf: Tf): void {
  for (const [kernelName, composed] of Object.entries(COMPOSED)) {
    const present = tf.getKernel(kernelName, WASM);
    if (present && (isComposedKernel(present.kernelFunc) || !composed.replaces)) continue;
    if (present) tf.unregisterKernel(kernelName, WASM);
    const config: KernelConfig = {
      kernelName,
      backendName: WASM,
      kernelFunc: composedKernel(tf, WASM, composed.compose),
    };
    tf.registerKernel(config);
  }
}
