/**
 * Gives the WebAssembly backend the kernels that training needs and it lacks or runs slowly:
 *
 * - the gradients of convolutional, depthwise and separable layers (three missing, and a
 *   faster input gradient for ordinary convolutions than its own plain loop), and a faster
 *   convolution for a grayscale image's first layer;
 * - max pooling over 2×2 windows and its gradient (its own are slower, and disagree with
 *   tfjs's reference where NaN is present or on which element gets a window's gradient);
 * - matrix products with a transposed operand, which every dense layer's backward pass uses;
 * - sums over leading axes (bias gradients), element-wise kernels with a short repeated
 *   operand (bias additions), and copies that need not copy (Identity, Cast to the same dtype);
 * - and one kernel of our own that no backend has: a whole Adam update (adamUpdate.ts).
 *
 * Each is composed from wasm's own fast kernels or, where none fits, written as a loop over its
 * memory (see the files beside this one); each matches tfjs's reference (cpu) kernels.
 *
 * Registering again is harmless: our kernels stay as they are, a missing kernel that the
 * backend has meanwhile gained itself is left alone, and a replaced one is replaced once.
 */
import type {
  KernelBackend,
  KernelConfig,
  KernelFunc,
  NamedAttrMap,
  NamedTensorInfoMap,
  TensorInfo,
} from '@tensorflow/tfjs';
import type { Tf } from '../../../compiler/tf';
import { ADAM_UPDATE, adamUpdate, type AdamUpdateAttrs } from './adamUpdate';
import { conv2dFilterGradient, type FilterGradientAttrs } from './conv2dBackpropFilter';
import { conv2dInputGradient } from './conv2dBackpropInput';
import { tiledConv2D, type Conv2DAttrs } from './conv2dTiled';
import { depthwiseFilterGradient } from './depthwiseBackpropFilter';
import { depthwiseInputGradient, type InputGradientAttrs } from './depthwiseBackpropInput';
import { heapMemory, heapOf } from './heap';
import { KernelScope } from './kernelScope';
import { untransposedMatMul, type MatMulAttrs } from './matMul';
import { pairMaxPool } from './maxPoolForward';
import { maxPoolGradient, type MaxPoolGradAttrs } from './maxPoolGrad';
import type { BinaryOp } from './rowKernels';
import { sharedCopy } from './sharedCopy';
import { sumLeadingAxes, type SumAttrs } from './sumLeadingAxes';
import { tiledBinary } from './tiledBinary';

export const WASM = 'wasm';

/** What a composed kernel may use besides the scope's kernels. */
export interface KernelContext {
  backend: KernelBackend;
  /** The backend's own kernel of the same name, for the kernels that replace one. */
  own?: KernelFunc;
}

type Compose = (
  scope: KernelScope,
  inputs: NamedTensorInfoMap,
  attrs: unknown,
  context: KernelContext,
) => TensorInfo;

interface Composed {
  compose: Compose;
  /**
   * 'fills': only fills a gap; 'replaces': takes the backend's kernel's place;
   * 'wraps': takes its place and may hand work back to it (so is only registered where the
   * backend has one).
   */
  role: 'fills' | 'replaces' | 'wraps';
}

function ownKernel(context: KernelContext, name: string): KernelFunc {
  if (!context.own) throw new Error(`The backend's own ${name} kernel is missing`);
  return context.own;
}

/** Runs the backend's own kernel unchanged. */
function passOn(name: string, inputs: NamedTensorInfoMap, attrs: unknown, context: KernelContext) {
  const own = ownKernel(context, name);
  return own({ inputs, attrs: attrs as NamedAttrMap, backend: context.backend }) as TensorInfo;
}

/** A binary element-wise kernel that tiles a short repeated operand first (tiledBinary.ts). */
function tiled(name: BinaryOp): Composed {
  return {
    role: 'wraps',
    compose: (_scope, inputs, attrs, context) => {
      const heap = heapOf(context.backend);
      if (heap === null) return passOn(name, inputs, attrs, context);
      const simd = { memory: heapMemory(context.backend), name };
      return tiledBinary(heap, inputs, ownKernel(context, name), context.backend, simd);
    },
  };
}

const COMPOSED: Record<string, Composed> = {
  Conv2D: {
    role: 'wraps',
    compose: (_scope, inputs, attrs, context) =>
      tiledConv2D(context.backend, inputs.x!, inputs.filter!, attrs as Conv2DAttrs) ??
      passOn('Conv2D', inputs, attrs, context),
  },
  Conv2DBackpropFilter: {
    role: 'fills',
    compose: (scope, { x, dy }, attrs, context) =>
      conv2dFilterGradient(scope, x!, dy!, attrs as FilterGradientAttrs, context.backend),
  },
  Conv2DBackpropInput: {
    role: 'replaces',
    compose: (scope, inputs, attrs, context) => {
      const heap = heapOf(context.backend);
      if (heap === null) return passOn('Conv2DBackpropInput', inputs, attrs, context);
      return conv2dInputGradient(
        scope,
        heap,
        inputs.dy!,
        inputs.filter!,
        attrs as InputGradientAttrs,
        heapMemory(context.backend),
      );
    },
  },
  DepthwiseConv2dNativeBackpropFilter: {
    role: 'fills',
    compose: (scope, { x, dy }, attrs) =>
      depthwiseFilterGradient(scope, x!, dy!, attrs as FilterGradientAttrs),
  },
  DepthwiseConv2dNativeBackpropInput: {
    role: 'fills',
    compose: (scope, { dy, filter }, attrs) =>
      depthwiseInputGradient(scope, dy!, filter!, attrs as InputGradientAttrs),
  },
  MaxPoolGrad: {
    role: 'wraps',
    compose: (_scope, inputs, attrs, context) => {
      const heap = heapOf(context.backend);
      const { dy, input } = inputs;
      // Anything but float32 data on the heap goes to the backend's own loop.
      if (heap === null || input!.dtype !== 'float32' || dy!.dtype !== 'float32') {
        return passOn('MaxPoolGrad', inputs, attrs, context);
      }
      const memory = heapMemory(context.backend);
      return maxPoolGradient(heap, memory, dy!, input!, attrs as MaxPoolGradAttrs);
    },
  },
  MaxPool: {
    role: 'wraps',
    compose: (_scope, inputs, attrs, context) => {
      const heap = heapOf(context.backend);
      const memory = heapMemory(context.backend);
      const pooled =
        heap && memory && pairMaxPool(heap, memory, inputs.x!, attrs as MaxPoolGradAttrs);
      return pooled || passOn('MaxPool', inputs, attrs, context);
    },
  },
  BatchMatMul: {
    role: 'wraps',
    compose: (scope, inputs, attrs, context) =>
      untransposedMatMul(
        scope,
        inputs,
        attrs as MatMulAttrs,
        ownKernel(context, 'BatchMatMul'),
        context.backend,
      ),
  },
  _FusedMatMul: {
    role: 'wraps',
    compose: (scope, inputs, attrs, context) =>
      untransposedMatMul(
        scope,
        inputs,
        attrs as MatMulAttrs,
        ownKernel(context, '_FusedMatMul'),
        context.backend,
      ),
  },
  Sum: {
    role: 'wraps',
    compose: (scope, inputs, attrs, context) => {
      const heap = heapOf(context.backend);
      const memory = heapMemory(context.backend);
      const sum = heap && sumLeadingAxes(scope, heap, inputs.x!, attrs as SumAttrs, memory);
      return sum ?? passOn('Sum', inputs, attrs, context);
    },
  },
  Add: tiled('Add'),
  Sub: tiled('Sub'),
  Multiply: tiled('Multiply'),
  RealDiv: tiled('RealDiv'),
  Identity: {
    role: 'wraps',
    compose: (_scope, { x }, _attrs, context) => sharedCopy(context.backend, x!),
  },
  Cast: {
    role: 'wraps',
    compose: (_scope, inputs, attrs, context) =>
      (attrs as { dtype: string }).dtype === inputs.x!.dtype
        ? sharedCopy(context.backend, inputs.x!)
        : passOn('Cast', inputs, attrs, context),
  },
};

export const WASM_GRADIENT_KERNELS = Object.keys(COMPOSED);

/** The kernel functions made here, to recognise them when asked to register again. */
const ours = new WeakSet<KernelFunc>();

/** A kernel function that runs `compose` on `backendName`'s kernels and frees what it made. */
export function composedKernel(
  tf: Tf,
  backendName: string,
  compose: Compose,
  own?: KernelFunc,
): KernelFunc {
  const kernelFunc: KernelFunc = ({ inputs, backend, attrs }) => {
    const scope = new KernelScope(tf, backend as KernelBackend, backendName);
    try {
      return scope.keep(compose(scope, inputs, attrs, { backend: backend as KernelBackend, own }));
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
    if (present && (isComposedKernel(present.kernelFunc) || composed.role === 'fills')) continue;
    if (!present && composed.role === 'wraps') continue;
    if (present) tf.unregisterKernel(kernelName, WASM);
    const config: KernelConfig = {
      kernelName,
      backendName: WASM,
      kernelFunc: composedKernel(tf, WASM, composed.compose, present?.kernelFunc),
      // The backend's own kernel is set up (bound to wasm functions) when the backend starts,
      // through the config registered under its name: that is ours now.
      ...(present?.setupFunc ? { setupFunc: present.setupFunc } : {}),
    };
    tf.registerKernel(config);
  }
  if (!tf.getKernel(ADAM_UPDATE, WASM)) {
    tf.registerKernel({
      kernelName: ADAM_UPDATE,
      backendName: WASM,
      kernelFunc: ({ inputs, backend, attrs }) => {
        const out = adamUpdate(
          backend as KernelBackend,
          inputs,
          attrs as unknown as AdamUpdateAttrs,
        );
        if (!out) throw new Error('The Adam update needs float32 tensors on the wasm heap');
        return out;
      },
    });
  }
}
