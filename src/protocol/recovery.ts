/**
 * Recovery copies: while a page has unsaved changes it sends the host a copy every few seconds,
 * under an id it made up when it loaded. A page opened later (after a crash or a closed tab) asks
 * for the copies no open page is keeping, and offers to restore them. Copies are projects; these
 * are the parts of the messages that are not.
 */
import * as z from 'zod';
import { text } from './fields';

/** Copies the host keeps; the oldest beyond these are deleted when a new one is written. */
export const MAX_RECOVERY_COPIES = 20;

/** Letters, digits, '-' and '_' only: the id names a file in the host's recovery folder. */
export const recoveryId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: "expected 8 to 64 letters, digits, '-' or '_'" });

export const recoveryEntry = z.strictObject({
  copyId: recoveryId,
  /** The project's name. */
  name: text(0, 4_096),
  /** When the copy was written, as ISO 8601 text. */
  savedAt: text(1, 40),
});
export type RecoveryEntry = z.infer<typeof recoveryEntry>;
