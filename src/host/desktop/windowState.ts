/**
 * The main window's size and position, remembered between launches in `window.json` in the app's
 * data folder. What is read back is checked and fitted to the displays there are now: a window
 * last seen on a monitor that has since been unplugged must not open out of reach.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The bounds of the window when neither maximized nor full screen. */
  bounds: Rect;
  maximized: boolean;
}

/** What windowing reports of a display; `workArea` leaves out task bars and docks. */
export interface DisplayArea {
  workArea: Rect;
}

export const MIN_WINDOW = { width: 800, height: 560 } as const;
export const DEFAULT_WINDOW = { width: 1280, height: 820 } as const;
/** How much of a window must lie on a display for the user to grab it and drag it back. */
const GRAB = { width: 120, height: 40 };
/** Nothing on a real display is a million pixels away; larger numbers mean a damaged file. */
const COORDINATE = z.number().int().min(-1_000_000).max(1_000_000);

const windowStateSchema = z.object({
  format: z.literal('neurocanvas-window'),
  bounds: z.object({
    x: COORDINATE,
    y: COORDINATE,
    width: COORDINATE.positive(),
    height: COORDINATE.positive(),
  }),
  maximized: z.boolean(),
});
const MAX_FILE_BYTES = 10_000;

/**
 * The state to open the window with: the remembered one, fitted to `displays` (the first is the
 * primary one), or a default centred on the primary display when there is none or it is damaged.
 */
export async function readWindowState(
  dataDir: string,
  displays: readonly DisplayArea[],
): Promise<WindowState> {
  let saved: WindowState | null = null;
  try {
    const text = await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8');
    if (text.length <= MAX_FILE_BYTES) {
      const parsed = windowStateSchema.safeParse(JSON.parse(text));
      if (parsed.success) saved = { bounds: parsed.data.bounds, maximized: parsed.data.maximized };
    }
  } catch {
    // Missing or unreadable: open with the default.
  }
  return fitToDisplays(saved, displays);
}

/** Writes the state atomically, so a crash mid-write never leaves a half file. */
export async function writeWindowState(dataDir: string, state: WindowState): Promise<void> {
  const file = join(dataDir, WINDOW_STATE_FILE);
  await mkdir(dataDir, { recursive: true });
  const temp = tempBeside(file);
  try {
    await writeFile(temp, serialize(state), { flag: 'wx' });
    await rename(temp, file);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** The same, at once: a window's `close` handler cannot wait for a promise. */
export function writeWindowStateSync(dataDir: string, state: WindowState): void {
  const file = join(dataDir, WINDOW_STATE_FILE);
  mkdirSync(dataDir, { recursive: true });
  const temp = tempBeside(file);
  try {
    writeFileSync(temp, serialize(state), { flag: 'wx' });
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Never written.
    }
    throw e;
  }
}

function serialize(state: WindowState): string {
  const { x, y, width, height } = state.bounds;
  const bounds = {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
  return `${JSON.stringify({ format: 'neurocanvas-window', bounds, maximized: state.maximized }, null, 2)}\n`;
}

const tempBeside = (file: string) =>
  join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);

/** The parts of a window the state is taken from (Electron's BrowserWindow has them). */
export interface WindowBoundsSource {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

export function windowStateOf(window: WindowBoundsSource): WindowState {
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
}

/**
 * Keeps the size (no larger than the display it lands on, no smaller than the minimum) and the
 * position when enough of the window shows on some display; otherwise centres it on the primary.
 */
export function fitToDisplays(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
): WindowState {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, ...DEFAULT_WINDOW };
  const wanted = saved?.bounds ?? { x: 0, y: 0, ...DEFAULT_WINDOW };
  const home = displays.map((d) => d.workArea).find((area) => grabbable(wanted, area));
  const area = home ?? primary;
  const width = clamp(wanted.width, Math.min(MIN_WINDOW.width, area.width), area.width);
  const height = clamp(wanted.height, Math.min(MIN_WINDOW.height, area.height), area.height);
  const bounds =
    saved && home
      ? {
          x: clamp(wanted.x, area.x, area.x + area.width - width),
          y: clamp(wanted.y, area.y, area.y + area.height - height),
          width,
          height,
        }
      : {
          x: area.x + Math.round((area.width - width) / 2),
          y: area.y + Math.round((area.height - height) / 2),
          width,
          height,
        };
  return { bounds, maximized: saved?.maximized ?? false };
}

/** Whether enough of `window` overlaps `area` to be grabbed by its title bar. */
function grabbable(window: Rect, area: Rect): boolean {
  const overlapWidth =
    Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const overlapHeight =
    Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
  return overlapWidth >= GRAB.width && overlapHeight >= GRAB.height;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** A window whose size and position are remembered (Electron's BrowserWindow is one). */
export interface RememberedWindow extends WindowBoundsSource {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/** Moving and resizing fire many events; the state is written once they settle. */
const SETTLE_MS = 500;

/**
 * Writes the window's state to `dataDir` when it has settled after a move or resize, and at once
 * when it closes. A failed write is reported to `onError`, never thrown into the window's events.
 */
export function rememberWindowState(
  window: RememberedWindow,
  dataDir: string,
  onError: (error: unknown) => void = () => undefined,
  settleMs = SETTLE_MS,
): void {
  let timer: NodeJS.Timeout | null = null;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      writeWindowState(dataDir, windowStateOf(window)).catch(onError);
    }, settleMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event, later);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    timer = null;
    try {
      writeWindowStateSync(dataDir, windowStateOf(window));
    } catch (e) {
      onError(e);
    }
  });
}
