/**
 * Normalisation layers here always work over the last axis (the features or channels). Keras
 * writes that axis as -1, as [-1], or, from some versions, as the positive index of the last axis,
 * which a config alone cannot tell apart from any other; so only -1 is read.
 */
export function readLastAxis(axis: unknown): { ok: true } | { ok: false; message: string } {
  const value = Array.isArray(axis) && axis.length === 1 ? axis[0] : (axis ?? -1);
  if (value === -1) return { ok: true };
  return {
    ok: false,
    message: `normalisation over axis ${JSON.stringify(axis)} is not supported, only the last axis (-1)`,
  };
}
