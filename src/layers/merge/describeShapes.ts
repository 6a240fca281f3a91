/** Wording for merge messages: the distinct shapes of the inputs, "A, B and C". */
import { formatShape, shapesEqual, type Shape } from '../shape';
import { localText, type TextValue } from '../text/localText';

export function distinctShapes(inputs: readonly Shape[]): Shape[] {
  const distinct: Shape[] = [];
  for (const shape of inputs) {
    if (!distinct.some((d) => shapesEqual(d, shape))) distinct.push(shape);
  }
  return distinct;
}

/** "A, B and C", with "and" in the reader's language. */
export function listShapes(shapes: readonly Shape[]): TextValue {
  const names = shapes.map(formatShape);
  if (names.length <= 1) return names.join('');
  return localText('problems.shapeList', {
    head: names.slice(0, -1).join(', '),
    last: names[names.length - 1]!,
  });
}

/** "28 vs 14" (and "28 vs 14 vs 7"), with the word in the reader's language. */
export function versus(values: readonly number[]): TextValue {
  return values
    .slice(1)
    .reduce<TextValue>((a, b) => localText('problems.versus', { a, b }), values[0] ?? '');
}
