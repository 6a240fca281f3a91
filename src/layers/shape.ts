/** A tensor shape without the batch dimension, e.g. [28, 28, 32]. */
export type Shape = readonly number[];

/** Renders a shape the way the canvas labels edges: `28×28×32`. */
export function formatShape(shape: Shape): string {
  return shape.length === 0 ? 'scalar' : shape.join('×');
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function product(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
