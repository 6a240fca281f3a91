/**
 * Runs one backend's own kernels directly, the way backends compose their kernels internally,
 * and frees every intermediate result when done. Going through the kernel functions (rather
 * than tf ops) keeps the composition off the gradient tape and out of the engine's
 * bookkeeping, so a composed kernel behaves like a single kernel.
 */
import type { KernelBackend, NamedAttrMap, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs';
import type { Tf } from '../../../compiler/tf';

export class KernelScope {
  private readonly made: TensorInfo[] = [];

  constructor(
    private readonly tf: Tf,
    private readonly backend: KernelBackend,
    private readonly backendName: string,
  ) {}

  /** Runs kernel `name` of this backend; its output is freed by `dispose` unless kept. */
  run(name: string, inputs: NamedTensorInfoMap, attrs: object = {}): TensorInfo {
    const kernel = this.tf.getKernel(name, this.backendName);
    if (!kernel) throw new Error(`The ${this.backendName} backend has no ${name} kernel`);
    const out = kernel.kernelFunc({
      inputs,
      attrs: attrs as NamedAttrMap,
      backend: this.backend,
    }) as TensorInfo;
    this.made.push(out);
    return out;
  }

  reshape(x: TensorInfo, shape: number[]): TensorInfo {
    return this.run('Reshape', { x }, { shape });
  }

  transpose(x: TensorInfo, perm: number[]): TensorInfo {
    return this.run('Transpose', { x }, { perm });
  }

  /** Takes `size` elements from `begin`; returns `x` itself when that is all of it. */
  slice(x: TensorInfo, begin: number[], size: number[]): TensorInfo {
    if (size.every((n, axis) => n === x.shape[axis] && begin[axis] === 0)) return x;
    return this.run('Slice', { x }, { begin, size });
  }

  /** Makes `x` (made outside the scope's kernels) an intermediate that `dispose` frees. */
  adopt(x: TensorInfo): TensorInfo {
    this.made.push(x);
    return x;
  }

  /** Marks `x` as the result: it outlives the scope. */
  keep(x: TensorInfo): TensorInfo {
    const at = this.made.lastIndexOf(x);
    if (at >= 0) this.made.splice(at, 1);
    return x;
  }

  /** Frees every intermediate (each reshape holds its own reference to shared data). */
  dispose(): void {
    for (const info of this.made) this.backend.disposeData(info.dataId);
    this.made.length = 0;
  }
}
