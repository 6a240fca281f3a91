/**
 * A teacher trains a small network live in the browser: picks a dataset, presses Train, and
 * watches the curves, the decision boundary and the backend; then pauses, steps and stops.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { TrainingPanel } from './poms/trainingPanel';

test('train XOR live, pause, step, resume and stop', async ({ page }) => {
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();

  // Input 2 → Dense 8 (tanh) → Dense 2 (softmax) → Output.
  await app.addLayer('Input');
  const input = app.node('Input', 'input_1');
  await app.inspector.getByRole('textbox', { name: 'Shape' }).fill('2');
  await app.drag(input, -200, -120);
  await app.addLayer('Dense');
  const hidden = app.node('Dense', 'dense_1');
  await app.inspector.getByRole('spinbutton', { name: 'Units' }).fill('8');
  await app.inspector.getByRole('combobox', { name: 'Activation' }).selectOption('tanh');
  await app.drag(hidden, -60, -60);
  await app.connect(input, hidden);
  await app.addLayer('Dense');
  const out = app.node('Dense', 'dense_2');
  await app.inspector.getByRole('spinbutton', { name: 'Units' }).fill('2');
  await app.inspector.getByRole('combobox', { name: 'Activation' }).selectOption('softmax');
  await app.drag(out, 80, 60);
  await app.connect(hidden, out);
  await app.addLayer('Output');
  const output = app.node('Output', 'output_1');
  // Beside the minimap, not under it, and above the panels below the canvas.
  await app.drag(output, 40, 60);
  await app.connect(out, output);
  await expect(app.edge('dense_2', 'output_1')).toHaveCount(1);

  await training.open();
  await training.dataset.selectOption({ label: 'XOR' });
  await training.setting('Epochs').fill('20000');
  await training.button('Train').click();

  // The backend and why, the curves and the boundary, live.
  await expect(page.getByText(/^Backend: (wasm|cpu|tensorflow)/)).toBeVisible();
  await expect(training.boundary).toBeVisible();
  await expect.poll(() => training.lossPoints(), { timeout: 30_000 }).toBeGreaterThan(3);
  await expect(training.accuracyChart).toBeVisible();

  // Pause, take one step, resume, and stop; the run keeps what it learned.
  await training.button('Pause').click();
  await expect(training.button('Resume')).toBeEnabled();
  const before = await training.progress.getAttribute('aria-valuetext');
  await training.button('Step').click();
  await expect.poll(() => training.progress.getAttribute('aria-valuetext')).not.toBe(before);
  await training.button('Resume').click();
  await expect(training.button('Pause')).toBeEnabled();
  await training.button('Stop').click();
  await expect(training.button('Train')).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Reset weights' })).toBeVisible();
});
