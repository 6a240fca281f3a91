/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Measurements taken inside the page, where frames happen. Each function is sent to the page with
 * `page.evaluate`, so it may use only its arguments and the page's own globals.
 */

/**
 * Types `text` into the field with id `fieldId` as one edit and resolves with the milliseconds
 * until the first animation frame at which the connection whose label contains `edge` shows
 * `expected`: the time from the user's change to the shapes on screen.
 */
export async function timeShapeUpdate(args: {
  fieldId: string;
  text: string;
  edge: string;
  expected: string;
}): Promise<number> {
  const field = document.getElementById(args.fieldId) as HTMLInputElement | null;
  if (!field) throw new Error(`No field #${args.fieldId} on the page.`);
  const edge = () =>
    [...document.querySelectorAll('[aria-label^="Connection from "]')].find((e) =>
      e.getAttribute('aria-label')!.includes(args.edge),
    );
  if (!edge()) throw new Error(`No connection labelled "…${args.edge}…" on the page.`);
  // React tracks the value it last set; the native setter makes this a real edit to it.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const started = performance.now();
  setValue.call(field, args.text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error('The shapes did not change within 5 s.')), 5000);
    const check = (now: number) => {
      if (edge()?.getAttribute('aria-label')?.includes(args.expected)) {
        clearTimeout(give);
        resolve(now - started);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Starts recording the time of every animation frame until `stopFrames` is called. */
export function startFrames(): void {
  const w = window as unknown as { benchFrames: number[]; benchFramesOn: boolean };
  w.benchFrames = [];
  w.benchFramesOn = true;
  const tick = (now: number) => {
    w.benchFrames.push(now);
    if (w.benchFramesOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The frame times recorded since `startFrames`. */
export function stopFrames(): number[] {
  const w = window as unknown as { benchFrames: number[]; benchFramesOn: boolean };
  w.benchFramesOn = false;
  return w.benchFrames;
}

/**
 * Starts recording, for every key pressed, the milliseconds from the key's event to the first
 * animation frame after the page handled it: how long the user waits to see a keystroke land.
 */
export function startKeyLatency(): void {
  const w = window as unknown as { benchKeys: number[] };
  w.benchKeys = [];
  window.addEventListener(
    'keydown',
    (e) => {
      const pressed = e.timeStamp;
      requestAnimationFrame((frame) => w.benchKeys.push(frame - pressed));
    },
    { capture: true },
  );
}

export function keyLatencies(): number[] {
  return (window as unknown as { benchKeys: number[] }).benchKeys;
}
