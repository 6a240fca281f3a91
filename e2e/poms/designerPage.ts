/**
 * The designer as a user sees it, for end-to-end tests: where things are (locators), what a user
 * does (actions) and what they read off the screen (queries). Everything is found by role and
 * accessible name, as assistive technology finds it.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_VARIABLE, URL_VARIABLE } from '../globalSetup';

export class DesignerPage {
  constructor(readonly page: Page) {}

  // Locators
  get palette(): Locator {
    return this.page.getByRole('complementary', { name: 'Layer palette' });
  }
  paletteItem(label: string): Locator {
    return this.palette.getByRole('button', { name: label, exact: true });
  }
  get search(): Locator {
    return this.page
      .getByRole('textbox', { name: 'Search layers' })
      .or(this.page.getByRole('searchbox', { name: 'Search layers' }));
  }
  get canvas(): Locator {
    return this.page.getByLabel('Canvas', { exact: true });
  }
  /** A layer on the canvas, e.g. node('Dense', 'dense_1'). */
  node(type: string, name: string): Locator {
    return this.page.getByRole('group', { name: `${type} layer ${name}`, exact: true });
  }
  get nodes(): Locator {
    return this.page.getByRole('group', { name: / layer / });
  }
  /** A connection, named by the layers it joins and the shape it carries. */
  edge(from: string, to: string): Locator {
    return this.page.getByLabel(new RegExp(`^Connection from ${from} to ${to}(,|$)`));
  }
  get problems(): Locator {
    return this.page.getByRole('list', { name: 'Problems', exact: true });
  }
  get totals(): Locator {
    return this.page.getByLabel('Model totals');
  }
  get inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  // Actions
  /**
   * Opens the app as a new user would, with no unsaved work left behind by an earlier test's page
   * (whose recovery copy the app would otherwise offer), unless the test is about that work.
   */
  async open(options: { keepUnsavedWork?: boolean } = {}): Promise<void> {
    if (!options.keepUnsavedWork) await forgetUnsavedWork();
    const url = process.env[URL_VARIABLE];
    if (!url) throw new Error('The end-to-end host is not running (globalSetup sets its address).');
    await this.page.goto(url);
    await expect(this.palette).toBeVisible();
  }

  /** Adds a layer the keyboard way: focus its palette item and press Enter. */
  async addLayer(label: string): Promise<void> {
    await this.paletteItem(label).focus();
    await this.page.keyboard.press('Enter');
  }

  /**
   * Drags a layer from the palette and drops it on the canvas, `x` and `y` pixels from the canvas's
   * top-left corner.
   */
  async dragFromPalette(label: string, x: number, y: number): Promise<void> {
    await this.paletteItem(label).dragTo(this.canvas, { targetPosition: { x, y } });
  }

  /** Drags from one layer's output handle to another layer's input handle. */
  async connect(from: Locator, to: Locator): Promise<void> {
    await settled(from);
    await settled(to);
    const source = from.locator('.react-flow__handle.source');
    const target = to.locator('.react-flow__handle.target');
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    // A handle outside the canvas (under the panels around it) cannot take the drop: say so,
    // rather than miss.
    // The flow's own box, whatever the canvas is called in the page's language.
    const pane = await source.evaluate((el) => {
      const r = el.closest('.react-flow')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    for (const box of [a, b]) {
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      if (x < pane.x || x > pane.x + pane.width || y < pane.y || y > pane.y + pane.height)
        throw new Error('A handle to connect is outside the canvas: move its layer into view.');
    }
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Moves a layer on the canvas by dragging its body. */
  async drag(node: Locator, dx: number, dy: number): Promise<void> {
    const box = (await node.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + 10);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + dx, box.y + 10 + dy, { steps: 10 });
    await this.page.mouse.up();
    await settled(node);
  }

  async undo(): Promise<void> {
    await this.canvas.click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('Control+z');
  }

  // Queries
  /** The tensor shapes written on the connections, e.g. ['28×28×1', '784']. */
  async edgeShapes(): Promise<string[]> {
    return (await this.page.locator('.shape-label').allInnerTexts()).map((t) => t.trim());
  }
}

/**
 * Waits until the host's data folder holds a recovery copy: the one written every few seconds
 * while there is unsaved work. (The page also writes one as it closes, but whether that last
 * message leaves before the tab is torn down is up to the browser.)
 */
export async function recoveryCopyWritten(): Promise<void> {
  const dataDir = process.env[DATA_VARIABLE];
  if (!dataDir)
    throw new Error('The end-to-end host is not running (globalSetup sets its folder).');
  const folder = join(dataDir, 'recovery');
  await expect
    .poll(async () => (await readdir(folder).catch(() => [] as string[])).length, {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
}

/** Removes the recovery copies in the host's data folder (the folder itself stays in use). */
async function forgetUnsavedWork(): Promise<void> {
  const dataDir = process.env[DATA_VARIABLE];
  if (!dataDir)
    throw new Error('The end-to-end host is not running (globalSetup sets its folder).');
  const folder = join(dataDir, 'recovery');
  const files = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(files.map((f) => rm(join(folder, f), { force: true })));
}

/** Waits until a layer stays where it is for two checks in a row: a drag has been drawn. */
async function settled(node: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await node.boundingBox());
      const same = box === last;
      last = box;
      return same;
    })
    .toBe(true);
}
