/**
 * The input ranks windowed and recurrent layers need, and the issue when an input has another:
 * images are height×width×channels, sequences are steps×features (the batch axis is never shown).
 */
import type { FixHint, LayerIssue } from '../issue';
import { layerError } from '../issue';
import { formatShape, product, type Shape } from '../shape';

/** Insert a Reshape to `target`, when the right target is known; otherwise one to fill in. */
function insertReshape(target: Shape | null): FixHint {
  return target
    ? {
        kind: 'insertBefore',
        layerType: 'Reshape',
        label: `Insert Reshape to ${formatShape(target)}`,
        params: { targetShape: [...target] },
      }
    : { kind: 'insertBefore', layerType: 'Reshape', label: 'Insert Reshape' };
}

/** A vector of n values that is a square image n = s·s suggests s×s×1 (784 → 28×28×1). */
function squareImage(n: number): Shape | null {
  const side = Math.round(Math.sqrt(n));
  return side * side === n && side > 1 ? [side, side, 1] : null;
}

/** Null when `input` is height×width×channels, otherwise the issue that says what to do. */
export function expectImage(layer: string, input: Shape): LayerIssue | null {
  if (input.length === 3) return null;
  const expected = `${layer} expects an image shaped height×width×channels`;
  if (input.length === 1) {
    const square = squareImage(input[0]!);
    const example = square ? `, e.g. ${formatShape(square)}` : '';
    return layerError(
      'needs-image',
      `${expected}, but receives a vector of ${input[0]} values. Insert a Reshape layer to give it that shape${example}.`,
      { fix: insertReshape(square) },
    );
  }
  if (input.length === 2) {
    return layerError(
      'needs-image',
      `${expected}, but receives ${formatShape(input)}, which has no channel axis. Insert a Reshape layer to make it ${formatShape([...input, 1])}.`,
      { fix: insertReshape([...input, 1]) },
    );
  }
  return layerError(
    'needs-image',
    `${expected} (3 axes), but receives a ${input.length}-D tensor of shape ${formatShape(input)}.`,
  );
}

/** Null when `input` is steps×features, otherwise the issue that says what to do. */
export function expectSequence(layer: string, input: Shape): LayerIssue | null {
  if (input.length === 2) return null;
  const expected = `${layer} expects a sequence shaped steps×features`;
  if (input.length === 1) {
    const n = input[0]!;
    return layerError(
      'needs-sequence',
      `${expected}, but receives a vector of ${n} values. Insert a Reshape layer to make it ${n}×1 (${n} steps of one feature each).`,
      { fix: insertReshape([n, 1]) },
    );
  }
  if (input.length === 3) {
    const rows = input[0]!;
    const perRow = product(input.slice(1));
    return layerError(
      'needs-sequence',
      `${expected}, but receives ${formatShape(input)} (height×width×channels). Insert a Reshape layer to make it ${rows}×${perRow}, one step per row.`,
      { fix: insertReshape([rows, perRow]) },
    );
  }
  return layerError(
    'needs-sequence',
    `${expected} (2 axes), but receives a ${input.length}-D tensor of shape ${formatShape(input)}.`,
  );
}
