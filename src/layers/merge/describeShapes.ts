/** Wording for merge messages: the distinct shapes of the inputs, "A, B and C". */
import { formatShape, shapesEqual, type Shape } from '../shape';

export function distinctShapes(inputs: readonly Shape[]): Shape[] {
  const distinct: Shape[] = [];
  for (const shape of inputs) {
    if (!distinct.some((d) => shapesEqual(d, shape))) distinct.push(shape);
  }
  return distinct;
}

export function listShapes(shapes: readonly Shape[]): string {
  const names = shapes.map(formatShape);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
