/**
 * An embedded dataset as it travels in a run's start message and in a project: the project file's
 * rules (`src/project/embeddedData.ts`), with the splits as typed arrays instead of base64.
 */
import * as z from 'zod';
import {
  embeddedShapeProblems,
  MAX_EMBEDDED_NOTE_LENGTH,
  MAX_EMBEDDED_NOTES,
  MAX_EMBEDDED_VALUES,
  type EmbeddedData,
} from '../project/embeddedData';
import { float32Array, name, oneOf, text, wholeNumber } from './fields';

const dims = z.array(wholeNumber(1, MAX_EMBEDDED_VALUES)).min(1).max(4);
const split = z.strictObject({
  x: float32Array,
  y: float32Array,
  count: wholeNumber(0, MAX_EMBEDDED_VALUES),
});
const product = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);

export const embeddedData: z.ZodType<EmbeddedData> = z
  .strictObject({
    name,
    task: oneOf(['classification', 'regression'] as const),
    inputShape: dims,
    targetShape: dims,
    classNames: z.array(text(0, 200)).max(1_000).optional(),
    notes: z.array(text(1, MAX_EMBEDDED_NOTE_LENGTH)).max(MAX_EMBEDDED_NOTES).optional(),
    train: split,
    test: split,
  })
  .superRefine((data, ctx) => {
    for (const problem of embeddedShapeProblems(data, []))
      ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
    for (const part of ['train', 'test'] as const) {
      const s = data[part];
      const sizes = { x: product(data.inputShape), y: product(data.targetShape) };
      for (const key of ['x', 'y'] as const) {
        const values = s[key];
        if (values.length !== s.count * sizes[key])
          ctx.addIssue({
            code: 'custom',
            path: [part, key],
            message: `holds ${values.length} values, but ${s.count} examples need ${s.count * sizes[key]}`,
          });
        else if (!values.every(Number.isFinite))
          ctx.addIssue({
            code: 'custom',
            path: [part, key],
            message: 'holds a value that is not finite',
          });
      }
    }
  });
