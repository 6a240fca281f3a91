/**
 * A new user builds a network in the browser: adds layers from the palette, connects them, reads
 * the shapes on the connections, mends a mistake with the offered fix, and undoes an edit.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';

test('a new user builds a small network, fixes a mistake, and undoes', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await expect(page.getByRole('heading', { name: 'Build a network' })).toBeVisible();

  // Input (28×28×1 by default) straight into a Dense: the classic mistake.
  await app.addLayer('Input');
  const input = app.node('Input', 'input_1');
  await expect(input).toBeVisible();
  await app.drag(input, -250, -150);
  await app.addLayer('Dense');
  const dense = app.node('Dense', 'dense_1');
  await expect(dense).toBeVisible();
  await app.connect(input, dense);
  await expect(app.edge('input_1', 'dense_1')).toHaveCount(1);
  expect(await app.edgeShapes()).toEqual(['28×28×1']);

  // The problem is explained in plain words, and one click mends it.
  const problem = app.problems.getByText(
    /Dense expects a vector, but receives a 3-D tensor of shape 28×28×1/,
  );
  await expect(problem).toBeVisible();
  await app.problems.getByRole('button', { name: 'Fix: Insert Flatten' }).click();
  await expect(app.node('Flatten', 'flatten_1')).toBeVisible();
  await expect.poll(() => app.edgeShapes().then((s) => s.sort())).toEqual(['28×28×1', '784']);

  // Finish with an Output; the model is then complete.
  await app.drag(dense, 0, 0);
  await app.addLayer('Output');
  const output = app.node('Output', 'output_1');
  await expect(output).toBeVisible();
  await app.drag(output, 250, 150);
  await app.connect(dense, output);
  await expect(app.edge('dense_1', 'output_1')).toHaveCount(1);
  // Dense(64) on 784 inputs: 784·64 + 64 parameters.
  await expect(app.totals).toContainText('50,240');

  // Undo takes back the last connection, and the Output has nothing to read again.
  await app.undo();
  await expect(app.edge('dense_1', 'output_1')).toHaveCount(0);
  await expect(app.problems.getByText(/Output needs an input/)).toBeVisible();
});

test('the palette finds layers by name and adds them from the keyboard', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.search.fill('conv');
  await expect(app.paletteItem('Conv 2D')).toBeVisible();
  await expect(app.paletteItem('Dense')).toHaveCount(0);
  await app.addLayer('Conv 2D');
  await expect(app.node('Conv2D', 'conv2d_1')).toBeVisible();
  // The new layer is selected, so the inspector shows its parameters at once.
  await expect(app.inspector.getByRole('spinbutton', { name: 'Filters' })).toHaveValue('32');
});

test('the starter example loads with its shapes and totals', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole('button', { name: /^Load an example/ }).click();
  await expect(app.nodes.first()).toBeVisible();
  const shapes = await app.edgeShapes();
  expect(shapes.length).toBeGreaterThan(1);
  expect(shapes.every((s) => /^\d+(×\d+)*$/.test(s))).toBe(true);
  await expect(app.problems.getByRole('listitem')).toHaveCount(0);
});

test('Dense straight after Conv 2D is explained, Fix inserts a Flatten, and undo takes it out', async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.addLayer('Input');
  const input = app.node('Input', 'input_1');
  await app.drag(input, -250, -150);
  await app.addLayer('Conv 2D');
  const conv = app.node('Conv2D', 'conv2d_1');
  await app.drag(conv, -80, -40);
  await app.connect(input, conv);
  await app.addLayer('Dense');
  const dense = app.node('Dense', 'dense_1');
  await app.drag(dense, 120, 80);
  await app.connect(conv, dense);
  await expect(app.edge('conv2d_1', 'dense_1')).toHaveCount(1);

  const problem = app.problems.getByText(/Dense expects a vector, but receives a 3-D tensor/);
  await expect(problem).toBeVisible();
  await app.problems.getByRole('button', { name: 'Fix: Insert Flatten' }).click();
  await expect(app.node('Flatten', 'flatten_1')).toBeVisible();
  await expect(problem).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('fixed.png') });

  await app.undo();
  await expect(app.node('Flatten', 'flatten_1')).toHaveCount(0);
  await expect(app.edge('conv2d_1', 'dense_1')).toHaveCount(1);
  await expect(problem).toBeVisible();
});
