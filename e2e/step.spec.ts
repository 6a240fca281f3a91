/**
 * A teacher shows the lecture's forward, backward and update on a real network: takes the spiral
 * template, trains, pauses, and steps one batch; each layer then shows the probe example's forward
 * output, the gradient ∇w and the update Δw = −τ·∇w the batch applied.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { TrainingPanel } from './poms/trainingPanel';

test('a Step shows forward, backward and update for every layer', async ({ page }) => {
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: 'MLP for the spiral' })
    .click();

  await training.open();
  await training.setting('Epochs').fill('5000');
  await training.button('Train').click();
  await expect(training.button('Pause')).toBeEnabled({ timeout: 30_000 });
  await training.button('Pause').click();
  await expect(training.button('Resume')).toBeEnabled();
  const detail = page.getByRole('region', { name: 'Step detail' });
  await expect(detail).toHaveCount(0);

  await training.button('Step').click();
  await expect(detail).toBeVisible();
  await expect(detail).toContainText(/Update Δw/);
  const layers = detail.getByRole('article');
  expect(await layers.count()).toBeGreaterThanOrEqual(2);
  const first = layers.first();
  const views = first.getByRole('figure');
  await expect(views).toHaveCount(3);
  await expect(views.nth(0)).toHaveAccessibleName(/^Forward of .+: range /);
  await expect(views.nth(1)).toHaveAccessibleName(/^Backward ∇w of .+ kernel: norm [\d.e+-]+, /);
  await expect(views.nth(2)).toHaveAccessibleName(/^Update Δw of .+ kernel: norm [\d.e+-]+, /);

  // Keyboard: from the backward view, Tab reaches the update view; the bias is a button away.
  await views.nth(1).focus();
  await page.keyboard.press('Tab');
  await expect(views.nth(2)).toBeFocused();
  const bias = first.getByRole('button', { name: /^bias / });
  await bias.focus();
  await page.keyboard.press('Enter');
  await expect(bias).toHaveAttribute('aria-pressed', 'true');
  await expect(views.nth(1)).toHaveAccessibleName(/^Backward ∇w of .+ bias: /);
  await page.screenshot({ path: test.info().outputPath('step-detail.png') });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(detail).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('step-detail-dark.png') });

  // Resuming leaves the step behind.
  await training.button('Resume').click();
  await expect(detail).toHaveCount(0);
  await training.button('Stop').click();
  await expect(training.button('Train')).toBeEnabled({ timeout: 30_000 });
});
