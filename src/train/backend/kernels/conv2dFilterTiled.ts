/**
 * The filter gradient of a channels-last 2-D convolution computed directly on the WebAssembly
 * backend's memory, by the SIMD tiles of filterGradientTiles.ts:
 *
 *   dW[kh,kw,ci,co] = Σ_{n,i,j} xp[n, i·sh + kh·dh, j·sw + kw·dw, ci] · dy[n,i,j,co]
 *
 * where xp is x with its padding written out (padInput.ts). Measured for the digit
 * classifier's two layers at batch 64: 0.21 and 0.47 ms, against 2.0 and 1.4 ms for the same
 * gradient composed from the backend's convolution (which needs two transposes and runs a
 * convolution of an awkward shape: a 26×26 filter over a 28×28 image, 64 channels deep).
 */
import type { KernelBackend, TensorInfo } from '@tensorflow/tfjs';
import { runTiles, tilePlan } from './filterGradientTiles';
import type { FourD } from './geometry';
import { heapMemory, heapOf } from './heap';
import type { KernelScope } from './kernelScope';
import { padInput, paddingOf, tapOffsets, type Conv2DInfo } from './padInput';

/**
 * The gradient, or null where this way does not apply: data not float32 or not on a reachable
 * heap, or no WebAssembly SIMD in this engine.
 */
export function tiledFilterGradient(
  scope: KernelScope,
  backend: KernelBackend,
  x: TensorInfo,
  dy: TensorInfo,
  info: Conv2DInfo,
  filterShape: FourD,
): TensorInfo | null {
  const heap = heapOf(backend);
  const memory = heapMemory(backend);
  if (!heap || !memory || x.dtype !== 'float32' || dy.dtype !== 'float32') return null;
  const [KH, KW, Ci, Co] = filterShape;
  const [N, Ho, Wo] = dy.shape as FourD;
  const vectors = Math.ceil(Co / 4);
  const exact = Co % 4 === 0;
  // The last group of an odd number of output channels reads up to 12 bytes past dy.
  const dyEnd = heap.getMemoryOffset(dy.dataId) + N * Ho * Wo * Co * 4 + 16;
  if (!exact && dyEnd > memory.buffer.byteLength) return null;
  const padding = paddingOf(x, info, [Ho, Wo]);
  const plan = tilePlan(memory, {
    inChannels: Ci,
    vectors,
    outChannels: Co,
    outHeight: Ho,
    outWidth: Wo,
    xPixel: info.strideWidth * Ci,
    xRow: info.strideHeight * padding.width * Ci,
    xImage: padding.height * padding.width * Ci,
    tapOffsets: tapOffsets(info, padding.width, Ci),
  });
  if (!plan) return null;

  const padded = padInput(scope, x, padding);
  // With whole groups of four output channels the tiles write the gradient itself; otherwise
  // a padded gradient [KH·KW·Ci, ⌈Co/4⌉·4] whose real channels are then copied out.
  const sums = heap.makeOutput(exact ? filterShape : [KH * KW * Ci, vectors * 4], 'float32');
  const at = (t: TensorInfo) => heap.getMemoryOffset(t.dataId);
  runTiles(plan, { x: at(padded), dy: at(dy), out: at(sums) }, N);
  if (exact) return sums;
  try {
    const dW = heap.makeOutput(filterShape, 'float32');
    // Views after the last allocation: a growing heap detaches older ones.
    const from = heap.typedArrayFromHeap(sums);
    const to = heap.typedArrayFromHeap(dW);
    for (let row = 0; row < KH * KW * Ci; row++) {
      to.set(from.subarray(row * vectors * 4, row * vectors * 4 + Co), row * Co);
    }
    return dW;
  } finally {
    heap.disposeData(sums.dataId);
  }
}
