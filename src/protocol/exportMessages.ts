/**
 * The fields of the export messages (see `renderer.ts`): the page asks which targets can take its
 * project's model (`checkExport` → `exportChecked`), then has the host write a bundle for one of
 * them (`exportModel` → `modelExported`). The host builds and writes the bundle, because only it
 * can run the model and write files; the page only ever sees the result.
 */
import * as z from 'zod';
import { EXPORT_TARGETS } from '../export/bundle/types';
import { flag, name, nonNegativeFinite, oneOf, text } from './fields';
import { MAX_MESSAGE_LENGTH } from './limits';
import { codedFields } from './messageCode';

/** Paths as the operating system spells them; 4,096 is Linux's own limit. */
const path = text(1, 4_096);
/** More layers than any model the canvas can hold; a longer list is cut by the host. */
export const MAX_UNSUPPORTED_LISTED = 1_000;
/** Files one bundle lists; bundles have a handful. */
export const MAX_BUNDLE_FILES = 1_000;

export const exportTarget = oneOf(EXPORT_TARGETS);

/** `reason` in English; `code` and `values` (`export.why.<code>`) say it in the user's language. */
const unsupportedLayer = z.strictObject({
  layerName: name,
  className: name,
  reason: text(1, MAX_MESSAGE_LENGTH),
  ...codedFields,
});

/** One target: available with the layers it cannot express (none: it can export), or not at all. */
export const exportTargetStatus = z.discriminatedUnion('available', [
  z.strictObject({
    target: exportTarget,
    available: z.literal(true),
    unsupported: z.array(unsupportedLayer).max(MAX_UNSUPPORTED_LISTED),
  }),
  z.strictObject({
    target: exportTarget,
    available: z.literal(false),
    reason: text(1, MAX_MESSAGE_LENGTH),
    ...codedFields,
  }),
]);
export type ExportTargetStatus = z.infer<typeof exportTargetStatus>;

/**
 * `folder`: where to write; without it the host picks a new folder in the app's exports folder.
 * A folder that already holds files is refused unless `replace`.
 */
export const exportModelFields = {
  target: exportTarget,
  folder: path.optional(),
  replace: flag,
};

export const exportCheckedFields = {
  targets: z.array(exportTargetStatus).max(EXPORT_TARGETS.length),
};

/** The bundle's full folder path and its files (relative paths, sizes in bytes). */
export const modelExportedFields = {
  target: exportTarget,
  folder: path,
  files: z
    .array(z.strictObject({ path, bytes: nonNegativeFinite }))
    .min(1)
    .max(MAX_BUNDLE_FILES),
};
