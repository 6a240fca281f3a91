/**
 * A user brings their own data: a CSV table and a folder of images, each picked in the Import
 * data dialog, previewed, used for training with the starter model the dialog offers, and trained
 * to a test accuracy well above chance.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { DesignerPage } from './poms/designerPage';
import { TrainingPanel } from './poms/trainingPanel';

let dir = '';
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-e2e-data-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A small seeded generator, so the files are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Three flower kinds, 40 of each, told apart by their petals (like iris), the kind as text. */
function flowersCsv(): string {
  const next = random(7);
  const kinds = [
    { name: 'setosa', petal: [1.4, 0.2] },
    { name: 'versicolor', petal: [4.3, 1.3] },
    { name: 'virginica', petal: [5.6, 2.0] },
  ];
  const rows = ['sepal_length,sepal_width,petal_length,petal_width,species'];
  for (let i = 0; i < 40; i++)
    for (const kind of kinds) {
      const jitter = (scale: number) => ((next() - 0.5) * scale).toFixed(2);
      rows.push(
        [
          (5.8 + Number(jitter(1.6))).toFixed(2),
          (3 + Number(jitter(0.8))).toFixed(2),
          (kind.petal[0]! + Number(jitter(0.6))).toFixed(2),
          (kind.petal[1]! + Number(jitter(0.3))).toFixed(2),
          kind.name,
        ].join(','),
      );
    }
  return `${rows.join('\n')}\n`;
}

/** 16×16 grey PNGs: a bright bar across or down, near the top left, 30 of each, with noise. */
async function writeImageFolder(root: string): Promise<void> {
  const next = random(11);
  for (const shape of ['across', 'down']) {
    await mkdir(join(root, shape), { recursive: true });
    for (let i = 0; i < 30; i++) {
      const pixels = Buffer.alloc(16 * 16);
      const at = 4 + Math.floor(next() * 4);
      for (let y = 0; y < 16; y++)
        for (let x = 0; x < 16; x++) {
          const on = shape === 'across' ? Math.abs(y - at) <= 1 : Math.abs(x - at) <= 1;
          pixels[y * 16 + x] = (on ? 200 : 30) + Math.floor(next() * 40);
        }
      await sharp(pixels, { raw: { width: 16, height: 16, channels: 1 } })
        .png()
        .toFile(join(root, shape, `${i}.png`));
    }
  }
}

async function trainImported(page: Page, training: TrainingPanel, epochs: number) {
  await training.setting('Epochs').fill(String(epochs));
  await training.button('Train').click();
  await expect(training.status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const text = (await training.status.textContent()) ?? '';
  const test = /test loss [\d.e+-]+, accuracy ([\d.]+)%/.exec(text);
  expect(test, `the run reports a test accuracy: "${text}"`).not.toBeNull();
  return Number(test![1]);
}

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import data' });
}

test('import a CSV table, preview it, and train the starter model on it', async ({ page }) => {
  const file = join(dir, 'flowers.csv');
  await writeFile(file, flowersCsv());
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  await training.open();

  await page.getByRole('button', { name: 'Import data…' }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(file);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  // Column statistics and class balance.
  const columns = dialog.getByRole('table', { name: 'Columns' });
  await expect(columns).toBeVisible();
  await expect(columns.getByRole('rowheader', { name: 'petal_length' })).toBeVisible();
  await expect(columns.getByRole('row', { name: /species target/ })).toBeVisible();
  const balance = dialog.getByRole('table', { name: 'Class balance' });
  for (const kind of ['setosa', 'versicolor', 'virginica'])
    await expect(balance.getByRole('rowheader', { name: kind })).toBeVisible();
  await expect(dialog.getByText(/3 classes/)).toBeVisible();

  await expect(dialog.getByRole('checkbox', { name: /Add a starter model/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Use for training' }).click();
  await expect(dialog).toBeHidden();
  await expect(training.dataset).toHaveValue('embedded');
  await expect(page.getByText(/Imported: 3 classes, inputs/)).toBeVisible();
  await expect(app.nodes).toHaveCount(4);

  expect(await trainImported(page, training, 60)).toBeGreaterThanOrEqual(80);
});

test('import a folder of images, see examples, and train the starter model', async ({ page }) => {
  const folder = join(dir, 'bars');
  await writeImageFolder(folder);
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  await training.open();

  await page.getByRole('button', { name: 'Import data…' }).click();
  const dialog = importDialog(page);
  await dialog.getByRole('radio', { name: /A folder of images/ }).check();
  await dialog.getByRole('spinbutton', { name: 'Image size (pixels)' }).fill('12');
  await dialog.getByLabel('Image folder', { exact: true }).setInputFiles(folder);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  const balance = dialog.getByRole('table', { name: 'Class balance' });
  await expect(balance.getByRole('rowheader', { name: 'across' })).toBeVisible();
  await expect(balance.getByRole('rowheader', { name: 'down' })).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Example of across' }).first()).toBeVisible();
  await expect(dialog.getByText(/inputs \[12, 12, 1\], 2 classes/)).toBeVisible();

  await dialog.getByRole('button', { name: 'Use for training' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Imported: 2 classes, inputs 12×12×1/)).toBeVisible();
  // Input, Flatten, two Dense layers and the Output.
  await expect(app.nodes).toHaveCount(5);

  expect(await trainImported(page, training, 30)).toBeGreaterThanOrEqual(85);
});
