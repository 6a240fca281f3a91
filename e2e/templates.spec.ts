/**
 * A teacher opens the spiral template and trains it: it reaches the accuracy its description
 * promises, with the decision boundary drawn over the data.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { TrainingPanel } from './poms/trainingPanel';

test('the spiral template reaches the accuracy it promises, with its decision boundary', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await page.getByRole('button', { name: 'New from template…' }).click();
  const gallery = page.getByRole('dialog', { name: 'New from template' });
  await expect(gallery).toContainText('≥ 95% test accuracy on Spiral in 200 epochs');
  await gallery
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: 'MLP for the spiral' })
    .click();

  await training.open();
  await expect(training.dataset).toHaveValue('spiral');
  await training.button('Train').click();
  await expect(training.boundary).toBeVisible({ timeout: 30_000 });
  await expect(training.button('Train')).toBeEnabled({ timeout: 150_000 });
  const status = (await training.status.textContent()) ?? '';
  const accuracy = /test loss [\d.]+, accuracy ([\d.]+)%/.exec(status);
  expect(accuracy, `the result should name the test accuracy: "${status}"`).not.toBeNull();
  expect(Number(accuracy![1])).toBeGreaterThanOrEqual(95);
  await page.screenshot({ path: test.info().outputPath('spiral-trained.png') });
});
