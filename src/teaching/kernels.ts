/** Kernels the tensor inspector offers to start from. */
import type { TeachingKey } from './errors';
import type { Grid } from './grid';

export interface KernelPreset {
  id: string;
  /** The preset's name in the message catalogs. */
  label: TeachingKey;
  kernel: Grid;
}

export const KERNEL_PRESETS: readonly KernelPreset[] = [
  // Sobel: the difference between the right and left columns, weighted towards the middle row.
  {
    id: 'vertical-edges',
    label: 'teaching.kernel.vertical-edges',
    kernel: [
      [-1, 0, 1],
      [-2, 0, 2],
      [-1, 0, 1],
    ],
  },
  {
    id: 'horizontal-edges',
    label: 'teaching.kernel.horizontal-edges',
    kernel: [
      [-1, -2, -1],
      [0, 0, 0],
      [1, 2, 1],
    ],
  },
  // Laplacian: a cell against its four neighbours, zero on flat areas.
  {
    id: 'all-edges',
    label: 'teaching.kernel.all-edges',
    kernel: [
      [0, 1, 0],
      [1, -4, 1],
      [0, 1, 0],
    ],
  },
  {
    id: 'box-blur',
    label: 'teaching.kernel.box-blur',
    kernel: [
      [1 / 9, 1 / 9, 1 / 9],
      [1 / 9, 1 / 9, 1 / 9],
      [1 / 9, 1 / 9, 1 / 9],
    ],
  },
  {
    id: 'gaussian-blur',
    label: 'teaching.kernel.gaussian-blur',
    kernel: [
      [1 / 16, 2 / 16, 1 / 16],
      [2 / 16, 4 / 16, 2 / 16],
      [1 / 16, 2 / 16, 1 / 16],
    ],
  },
  {
    id: 'sharpen',
    label: 'teaching.kernel.sharpen',
    kernel: [
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ],
  },
  {
    id: 'identity',
    label: 'teaching.kernel.identity',
    kernel: [
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ],
  },
];

/** The lecture's pooling example: 2×2 max pooling with stride 2 gives [[20, 30], [112, 37]]. */
export const LECTURE_POOL_TABLE: Grid = [
  [12, 20, 30, 0],
  [8, 12, 2, 0],
  [34, 70, 37, 4],
  [112, 100, 25, 12],
];

/** An 8×8 picture of a bright square on a dark ground, whose edges the edge kernels find. */
export function squareImage(size = 8): Grid {
  const lo = Math.floor(size / 4);
  const hi = size - lo;
  return Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => (r >= lo && r < hi && c >= lo && c < hi ? 1 : 0)),
  );
}
