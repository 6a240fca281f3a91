import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  fitToDisplays,
  readWindowState,
  rememberWindowState,
  WINDOW_STATE_FILE,
  windowStateOf,
  writeWindowState,
  type DisplayArea,
  type WindowState,
} from './windowState';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
/** A second monitor to the right of the laptop. */
const monitor: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const small: DisplayArea = { workArea: { x: 0, y: 0, width: 1024, height: 700 } };

const state = (x: number, y: number, width: number, height: number, maximized = false) => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('fitToDisplays', () => {
  const cases: {
    name: string;
    saved: WindowState | null;
    displays: DisplayArea[];
    fitted: WindowState;
  }[] = [
    {
      name: 'keeps a window that is on screen',
      saved: state(100, 50, 1200, 800, true),
      displays: [laptop],
      fitted: state(100, 50, 1200, 800, true),
    },
    {
      name: 'keeps a window on the second monitor',
      saved: state(2200, 100, 1600, 1000),
      displays: [laptop, monitor],
      fitted: state(2200, 100, 1600, 1000),
    },
    {
      name: 'centres a window whose monitor was unplugged on the primary display',
      saved: state(2200, 100, 1600, 1000),
      displays: [laptop],
      fitted: state(160, 20, 1600, 1000),
    },
    {
      name: 'shrinks a window larger than its display and pulls it inside',
      saved: state(-50, -20, 3000, 2000),
      displays: [small],
      fitted: state(0, 0, 1024, 700),
    },
    {
      name: 'pulls a window half off the edge back inside',
      saved: state(1700, 900, 1000, 700),
      displays: [laptop],
      fitted: state(920, 340, 1000, 700),
    },
    {
      name: 'raises a window below the minimum size to it',
      saved: state(10, 10, 200, 100),
      displays: [laptop],
      fitted: state(10, 10, 800, 560),
    },
    {
      name: 'centres the default size when nothing was saved',
      saved: null,
      displays: [laptop, monitor],
      fitted: state(320, 110, DEFAULT_WINDOW.width, DEFAULT_WINDOW.height),
    },
  ];
  it.each(cases)('$name', ({ saved, displays, fitted }) => {
    expect(fitToDisplays(saved, displays)).toEqual(fitted);
  });
});

describe('readWindowState and writeWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neurocanvas-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('remembers what was written, rounded, in a new data folder', async () => {
    const folder = join(dir, 'not yet made');
    await writeWindowState(folder, state(100.4, 50.6, 1200, 800, true));
    expect(await readWindowState(folder, [laptop])).toEqual(state(100, 51, 1200, 800, true));
    expect(JSON.parse(await readFile(join(folder, WINDOW_STATE_FILE), 'utf8')).format).toBe(
      'neurocanvas-window',
    );
  });

  it.each([
    ['no file', null],
    ['not JSON', '{"format":'],
    ['another format', JSON.stringify({ format: 'other', ...state(1, 1, 900, 600) })],
    [
      'a negative width',
      JSON.stringify({ format: 'neurocanvas-window', ...state(1, 1, -900, 600) }),
    ],
    [
      'a huge coordinate',
      JSON.stringify({ format: 'neurocanvas-window', ...state(1e12, 1, 900, 600) }),
    ],
    [
      'a string size',
      JSON.stringify({
        format: 'neurocanvas-window',
        bounds: { x: 1, y: 1, width: '900', height: 600 },
        maximized: false,
      }),
    ],
    ['a huge file', `${' '.repeat(20_000)}{}`],
  ])('opens with the default for %s', async (_name, text) => {
    if (text !== null) await writeFile(join(dir, WINDOW_STATE_FILE), text);
    expect(await readWindowState(dir, [laptop])).toEqual(fitToDisplays(null, [laptop]));
  });

  it('takes the state from a window: its normal bounds and whether it is maximized', () => {
    const window = {
      getNormalBounds: () => ({ x: 5, y: 6, width: 900, height: 700 }),
      isMaximized: () => true,
    };
    expect(windowStateOf(window)).toEqual(state(5, 6, 900, 700, true));
  });
});

describe('rememberWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neurocanvas-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A window as far as remembering goes: its events and its bounds. */
  class FakeWindow extends EventEmitter {
    bounds = { x: 10, y: 20, width: 900, height: 700 };
    maximized = false;
    getNormalBounds = () => this.bounds;
    isMaximized = () => this.maximized;
  }

  it('writes the state once a move settles, and at once on close', async () => {
    const window = new FakeWindow();
    rememberWindowState(window, dir, (e) => expect.fail(String(e)), 10);
    window.bounds = { x: 40, y: 50, width: 1000, height: 750 };
    window.emit('move');
    window.emit('resize');
    const stored = () => readWindowState(dir, [laptop]);
    while ((await stored()).bounds.x !== 40) await new Promise((r) => setTimeout(r, 10));
    expect(await stored()).toEqual(state(40, 50, 1000, 750));

    window.maximized = true;
    window.bounds = { x: 60, y: 70, width: 1100, height: 800 };
    window.emit('close');
    expect(await stored()).toEqual(state(60, 70, 1100, 800, true));
  });

  it('reports a failed write instead of throwing from the window event', async () => {
    const window = new FakeWindow();
    const blocked = join(dir, 'a file, not a folder');
    await writeFile(blocked, '');
    const errors: unknown[] = [];
    rememberWindowState(window, blocked, (e) => errors.push(e), 10);
    expect(() => window.emit('close')).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
