/**
 * The receptive field of a stack of convolution and pooling windows: which input cells feed one
 * output cell, and the textbook recurrences behind its size. Along one axis, with effective kernel
 * k_eff = d·(k − 1) + 1, a layer's output length is
 *   'valid'  ⌊(n − k_eff)/s⌋ + 1,   'same'  ⌈n/s⌉,   p zeros each side  ⌊(n + 2p − k_eff)/s⌋ + 1,
 * and the field grows as r_l = r_(l−1) + (k_eff − 1)·j_(l−1), with the jump j_l = j_(l−1)·s_l
 * (r_0 = j_0 = 1): each new tap is j_(l−1) input cells from the next. The two axes are independent,
 * so a 2-D field is the product of the rows' and the columns' cells.
 */

import { TeachingError } from './errors';

export type Pair = readonly [number, number];

export interface WindowLayer {
  /** The layer's name, shown beside its formulas. */
  name: string;
  kernel: Pair;
  stride: Pair;
  dilation: Pair;
  /** Keras' 'valid' or 'same', or explicit zeros added at both ends of each axis. */
  padding: 'valid' | 'same' | Pair;
}

export interface AxisStep {
  inSize: number;
  outSize: number;
  kernel: number;
  stride: number;
  dilation: number;
  effective: number;
  /** Zeros before the first input cell (for 'same', TensorFlow puts the odd one after). */
  padBefore: number;
  /** How far apart, in input cells, neighbouring outputs of this layer start. */
  jump: number;
  /** The field of one output cell of this layer, in input cells (ignoring where padding clips it). */
  field: number;
  sizeFormula: string;
  fieldFormula: string;
}

export interface LayerTrace {
  name: string;
  rows: AxisStep;
  cols: AxisStep;
}

/** An index along one axis and in how many ways the traced output reaches it. */
export interface Reach {
  index: number;
  paths: number;
}

export interface FieldLevel {
  rows: Reach[];
  cols: Reach[];
}

export interface ReceptiveField {
  layers: LayerTrace[];
  /** levels[0] is the input, levels[i] the output of layers[i − 1]; the last is the chosen cell. */
  levels: FieldLevel[];
}

const MAX_LAYERS = 64;

function axisStep(
  name: string,
  axis: 'height' | 'width',
  n: number,
  k: number,
  s: number,
  d: number,
  padding: WindowLayer['padding'],
  axisIndex: 0 | 1,
  before: { jump: number; field: number },
): AxisStep {
  for (const [what, v] of [
    ['kernel', k],
    ['stride', s],
    ['dilation', d],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) {
      throw new TeachingError('teaching.error.layerSetting', { layer: name, what, axis, value: v });
    }
  }
  const effective = d * (k - 1) + 1;
  const kText = d > 1 ? `(${d}·(${k}−1)+1)` : `${k}`;
  let outSize: number;
  let padBefore: number;
  let sizeFormula: string;
  if (padding === 'same') {
    outSize = Math.ceil(n / s);
    padBefore = Math.floor(Math.max((outSize - 1) * s + effective - n, 0) / 2);
    sizeFormula = `⌈${n}/${s}⌉ = ${outSize}`;
  } else {
    const p = padding === 'valid' ? 0 : padding[axisIndex];
    if (!Number.isInteger(p) || p < 0) {
      throw new TeachingError('teaching.error.layerPadding', { layer: name, axis, value: p });
    }
    outSize = Math.floor((n + 2 * p - effective) / s) + 1;
    padBefore = p;
    sizeFormula = `⌊(${n} + 2·${p} − ${kText})/${s}⌋ + 1 = ${outSize}`;
  }
  if (outSize < 1) {
    throw new TeachingError('teaching.error.layerWindow', {
      layer: name,
      span: effective,
      axis,
      size: n,
      formula: sizeFormula,
    });
  }
  const field = before.field + (effective - 1) * before.jump;
  return {
    inSize: n,
    outSize,
    kernel: k,
    stride: s,
    dilation: d,
    effective,
    padBefore,
    jump: before.jump * s,
    field,
    sizeFormula,
    fieldFormula: `${before.field} + (${effective} − 1)·${before.jump} = ${field}`,
  };
}

/** The input cells (within 0..n−1) that the given outputs of one layer read, with path counts. */
function spread(outputs: readonly Reach[], step: AxisStep): Reach[] {
  const paths = new Map<number, number>();
  for (const { index, paths: p } of outputs) {
    for (let t = 0; t < step.kernel; t++) {
      const i = index * step.stride - step.padBefore + t * step.dilation;
      if (i >= 0 && i < step.inSize) paths.set(i, (paths.get(i) ?? 0) + p);
    }
  }
  return [...paths].map(([index, p]) => ({ index, paths: p })).sort((a, b) => a.index - b.index);
}

/**
 * Traces `layers` over an input of `inputSize` (height, width) and, from the output cell
 * `cell` (row, column) of the last layer, back to the input cells that feed it.
 */
export function receptiveField(
  inputSize: Pair,
  layers: readonly WindowLayer[],
  cell: Pair,
): ReceptiveField {
  if (layers.length === 0) throw new TeachingError('teaching.error.noLayers');
  if (layers.length > MAX_LAYERS) {
    throw new TeachingError('teaching.error.tooManyLayers', { max: MAX_LAYERS });
  }
  inputSize.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1) {
      throw new TeachingError('teaching.error.inputSize', {
        axis: i === 0 ? 'height' : 'width',
        value: n,
      });
    }
  });
  const traces: LayerTrace[] = [];
  let size = inputSize;
  let before = [
    { jump: 1, field: 1 },
    { jump: 1, field: 1 },
  ];
  for (const layer of layers) {
    const rows = axisStep(
      layer.name,
      'height',
      size[0],
      layer.kernel[0],
      layer.stride[0],
      layer.dilation[0],
      layer.padding,
      0,
      before[0]!,
    );
    const cols = axisStep(
      layer.name,
      'width',
      size[1],
      layer.kernel[1],
      layer.stride[1],
      layer.dilation[1],
      layer.padding,
      1,
      before[1]!,
    );
    traces.push({ name: layer.name, rows, cols });
    size = [rows.outSize, cols.outSize];
    before = [rows, cols];
  }
  const [row, col] = cell;
  if (
    !Number.isInteger(row) ||
    row < 0 ||
    row >= size[0] ||
    !Number.isInteger(col) ||
    col < 0 ||
    col >= size[1]
  ) {
    throw new TeachingError('teaching.error.noCell', {
      rows: size[0],
      cols: size[1],
      row: row + 1,
      col: col + 1,
    });
  }
  const levels: FieldLevel[] = [
    { rows: [{ index: row, paths: 1 }], cols: [{ index: col, paths: 1 }] },
  ];
  for (let l = traces.length - 1; l >= 0; l--) {
    const next = levels[0]!;
    levels.unshift({
      rows: spread(next.rows, traces[l]!.rows),
      cols: spread(next.cols, traces[l]!.cols),
    });
  }
  return { layers: traces, levels };
}
