/**
 * The input ranks windowed and recurrent layers need, and the issue when an input has another:
 * images are height×width×channels, sequences are steps×features (the batch axis is never shown).
 */
import type { FixHint, LayerIssue } from '../issue';
import { insertFix, layerError } from '../issue';
import { formatShape, product, type Shape } from '../shape';
import { localText } from '../text/localText';

/** Insert a Reshape to `target`, when the right target is known; otherwise one to fill in. */
function insertReshape(target: Shape | null): FixHint {
  return target
    ? insertFix(
        'Reshape',
        localText('problems.fix.insertReshapeTo', { shape: formatShape(target) }),
        { targetShape: [...target] },
      )
    : insertFix('Reshape', localText('problems.fix.insert', { layer: 'Reshape' }));
}

/** A vector of n values that is a square image n = s·s suggests s×s×1 (784 → 28×28×1). */
function squareImage(n: number): Shape | null {
  const side = Math.round(Math.sqrt(n));
  return side * side === n && side > 1 ? [side, side, 1] : null;
}

/** Null when `input` is height×width×channels, otherwise the issue that says what to do. */
export function expectImage(layer: string, input: Shape): LayerIssue | null {
  if (input.length === 3) return null;
  if (input.length === 1) {
    const square = squareImage(input[0]!);
    const text = square
      ? localText('problems.needsImage.square', {
          layer,
          size: input[0]!,
          example: formatShape(square),
        })
      : localText('problems.needsImage.vector', { layer, size: input[0]! });
    return layerError('needs-image', text, { fix: insertReshape(square) });
  }
  if (input.length === 2) {
    const target = formatShape([...input, 1]);
    return layerError(
      'needs-image',
      localText('problems.needsImage.noChannels', { layer, shape: formatShape(input), target }),
      { fix: insertReshape([...input, 1]) },
    );
  }
  return layerError(
    'needs-image',
    localText('problems.needsImage.rank', {
      layer,
      rank: input.length,
      shape: formatShape(input),
    }),
  );
}

/** Null when `input` is steps×features, otherwise the issue that says what to do. */
export function expectSequence(layer: string, input: Shape): LayerIssue | null {
  if (input.length === 2) return null;
  if (input.length === 1) {
    const n = input[0]!;
    return layerError(
      'needs-sequence',
      localText('problems.needsSequence.vector', { layer, size: n }),
      {
        fix: insertReshape([n, 1]),
      },
    );
  }
  if (input.length === 3) {
    const target: Shape = [input[0]!, product(input.slice(1))];
    return layerError(
      'needs-sequence',
      localText('problems.needsSequence.image', {
        layer,
        shape: formatShape(input),
        target: formatShape(target),
      }),
      { fix: insertReshape(target) },
    );
  }
  return layerError(
    'needs-sequence',
    localText('problems.needsSequence.rank', {
      layer,
      rank: input.length,
      shape: formatShape(input),
    }),
  );
}
