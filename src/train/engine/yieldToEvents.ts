/**
 * Lets the event loop run between two batches, so that a pause, stop or step sent by the host is
 * seen before the next batch starts. `setImmediate` costs microseconds; a `setTimeout(0)` fallback
 * (outside Node) costs about a millisecond.
 */
const schedule: (run: () => void) => void =
  typeof globalThis.setImmediate === 'function'
    ? (run) => globalThis.setImmediate(run)
    : (run) => globalThis.setTimeout(run, 0);

export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => schedule(resolve));
}
