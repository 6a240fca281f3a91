/**
 * Saves that could not be written, for whoever waits on a save: the desktop shell tells main, so
 * that a window closing once its work is saved stays open instead of waiting for ever.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onSaveFailed(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function saveFailed(): void {
  for (const listener of [...listeners]) listener();
}
