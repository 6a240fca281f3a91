/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Measurements taken inside the page, where frames happen. Each function is sent to the page with
 * `page.evaluate`, so it may use only its arguments and the page's own globals.
 */

/**
 * Types `text` into the field with id `fieldId` as one edit and resolves with the milliseconds
 * until the first animation frame at which the connection whose name contains `edge` shows
 * `expected` has been laid out and painted: the time from the user's change to the shapes on
 * screen.
 */
export async function timeShapeUpdate(args: {
  fieldId: string;
  text: string;
  edge: string;
  expected: string;
}): Promise<number> {
  const field = document.getElementById(args.fieldId) as HTMLInputElement | null;
  if (!field) throw new Error(`No field #${args.fieldId} on the page.`);
  // A connection's accessible name, whether it is written in aria-label or referenced by id.
  const nameOf = (e: Element) => {
    const ids = e.getAttribute('aria-labelledby');
    if (!ids) return e.getAttribute('aria-label') ?? '';
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  };
  // Found once, so each frame's check costs the page almost nothing.
  const edge = [...document.querySelectorAll('[aria-roledescription="edge"]')].find((e) => {
    const name = nameOf(e);
    return name.startsWith('Connection from ') && name.includes(args.edge);
  });
  if (!edge) throw new Error(`No connection named "…${args.edge}…" on the page.`);
  // React tracks the value it last set; the native setter makes this a real edit to it.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const started = performance.now();
  setValue.call(field, args.text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error('The shapes did not change within 5 s.')), 5000);
    // A frame's animation callbacks run before its layout and paint; a message posted from the
    // callback arrives after them, when the frame is on screen.
    const painted = new MessageChannel();
    painted.port1.onmessage = () => {
      clearTimeout(give);
      resolve(performance.now() - started);
    };
    const check = () => {
      if (edge.isConnected && nameOf(edge).includes(args.expected)) painted.port2.postMessage(null);
      else requestAnimationFrame(check);
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
