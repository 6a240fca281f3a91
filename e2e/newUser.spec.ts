/**
 * A new user's first session, start to end: builds a digit classifier by dragging layers from the
 * palette and connecting their handles, reads the shapes, trains on the MNIST sample while the
 * curves and activations come in, pauses, resumes and stops, saves, and after a reload finds the
 * project exactly as it was.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { TrainingPanel } from './poms/trainingPanel';

test('build by dragging, train on digits, save, reload and open it again unchanged', async ({
  page,
}) => {
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();

  // Input → Flatten → Dense → Dense (softmax) → Output, each dragged onto the canvas.
  await app.dragFromPalette('Input', 120, 60);
  const input = app.node('Input', 'input_1');
  await expect(input).toBeVisible();
  await app.dragFromPalette('Flatten', 220, 160);
  const flatten = app.node('Flatten', 'flatten_1');
  await app.dragFromPalette('Dense', 320, 260);
  const hidden = app.node('Dense', 'dense_1');
  await app.inspector.getByRole('spinbutton', { name: 'Units' }).fill('32');
  await app.dragFromPalette('Dense', 420, 360);
  const scores = app.node('Dense', 'dense_2');
  await app.inspector.getByRole('spinbutton', { name: 'Units' }).fill('10');
  await app.inspector.getByRole('combobox', { name: 'Activation' }).selectOption('softmax');
  await app.dragFromPalette('Output', 520, 460);
  const output = app.node('Output', 'output_1');
  await app.connect(input, flatten);
  await app.connect(flatten, hidden);
  await app.connect(hidden, scores);
  await app.connect(scores, output);

  // The shapes on the edges, and the totals: 784·32 + 32 + 32·10 + 10 parameters.
  await expect(app.edge('dense_2', 'output_1')).toHaveCount(1);
  await expect
    .poll(() => app.edgeShapes().then((s) => s.sort()))
    .toEqual(['10', '28×28×1', '32', '784']);
  await expect(app.totals).toContainText('25,450');
  await page.screenshot({ path: test.info().outputPath('1-built.png') });

  // One epoch on the MNIST sample: the loss chart gains points, every layer shows its activations.
  await training.open();
  await training.dataset.selectOption({ label: 'MNIST sample' });
  await training.setting('Epochs').fill('1');
  await training.button('Train').click();
  await expect.poll(() => training.lossPoints(), { timeout: 60_000 }).toBeGreaterThan(1);
  await expect(hidden.getByRole('img', { name: 'Activations of dense_1' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(training.button('Train')).toBeEnabled({ timeout: 60_000 });
  await expect(training.status).toContainText(/test loss [\d.]+, accuracy [\d.]+%/);
  await page.screenshot({ path: test.info().outputPath('2-trained.png') });

  // Train further, and pause, resume and stop on the way.
  await training.setting('Epochs').fill('50');
  await training.button('Train').click();
  await expect(training.button('Pause')).toBeEnabled();
  await training.button('Pause').click();
  await expect(training.status).toContainText('Paused');
  await training.button('Resume').click();
  await expect(training.button('Pause')).toBeEnabled();
  await training.button('Stop').click();
  await expect(training.button('Train')).toBeEnabled({ timeout: 30_000 });

  // Save under a name, reload the page, and open the project again from the recent list.
  const before = {
    shapes: (await app.edgeShapes()).sort(),
    nodes: (
      await app.nodes.evaluateAll((all) => all.map((n) => n.getAttribute('aria-label')))
    ).sort(),
    totals: await app.totals.textContent(),
  };
  await page.keyboard.press('Control+S');
  const saveAs = page.getByRole('dialog', { name: 'Save as' });
  await saveAs.getByRole('textbox', { name: 'Project name' }).fill('First digits');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Unsaved changes')).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Open…' }).click();
  await page
    .getByRole('dialog', { name: 'Open a project' })
    .getByRole('region', { name: 'Recent projects' })
    .getByRole('button', { name: 'First digits' })
    .click();
  await expect(page.getByRole('banner')).toContainText('First digits');
  await expect(hidden).toBeVisible();
  expect((await app.edgeShapes()).sort()).toEqual(before.shapes);
  expect(
    (await app.nodes.evaluateAll((all) => all.map((n) => n.getAttribute('aria-label')))).sort(),
  ).toEqual(before.nodes);
  expect(await app.totals.textContent()).toBe(before.totals);
  // The trained weights came back too: the project can be trained further or exported.
  await training.open();
  await expect(page.getByRole('button', { name: 'Reset weights' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('3-reopened.png') });
});
