/**
 * A new user opens the 2-D GAN lesson from the gallery, trains it, and watches the game: both
 * losses grow on the GAN loss chart, and the generated points appear beside the real ones, then
 * move as training goes on. The panel speaks Russian after the language changes.
 */
import { expect, test, type Locator } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { LessonPanel } from './poms/lessonPanel';
import { TrainingPanel } from './poms/trainingPanel';

const count = async (locator: Locator, attribute: string) =>
  Number((await locator.getAttribute(attribute)) ?? '0');

test('the 2-D GAN lesson trains and shows generated points and both losses', async ({ page }) => {
  test.setTimeout(150_000);
  const app = new DesignerPage(page);
  const lessons = new LessonPanel(page);
  const training = new TrainingPanel(page);
  await app.open();

  await lessons.start(12, 'Generative adversarial networks (GAN)', 'GAN on two clouds of points');
  await expect(
    lessons.panel().getByRole('heading', { name: 'GAN on two clouds of points' }),
  ).toBeVisible();

  await training.open();
  const gan = page.getByRole('region', { name: 'GAN training' });
  await expect(gan).toBeVisible();
  await expect(gan).toContainText('Generator: 5 layers, from 4 noise numbers');
  await expect(gan.getByRole('spinbutton', { name: 'Generator learning rate' })).toHaveValue(
    '0.002',
  );
  await expect(gan.getByText('Train to see what the generator makes.')).toBeVisible();

  await training.button('Train').click();
  const losses = gan.getByRole('figure', { name: 'GAN loss chart' });
  await expect(losses).toContainText(/Latest: discriminator [\d.]+, generator [\d.]+/, {
    timeout: 30_000,
  });
  const overlay = gan.getByRole('figure', { name: 'Real and generated data' });
  await expect(overlay).toBeVisible({ timeout: 30_000 });
  expect(await count(overlay, 'data-generated')).toBe(500);
  expect(await count(overlay, 'data-real')).toBe(500);
  const firstCaption = await overlay.locator('figcaption').textContent();
  const firstPoints = await count(losses, 'data-points');

  // The losses keep coming and the samples are redrawn from a later point in training.
  await expect
    .poll(() => count(losses, 'data-points'), { timeout: 30_000 })
    .toBeGreaterThan(firstPoints);
  await expect(overlay.locator('figcaption')).not.toHaveText(firstCaption ?? '', {
    timeout: 30_000,
  });
  await expect(gan.getByRole('status').or(gan.getByRole('alert'))).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('gan-2d.png') });
  await losses.screenshot({ path: test.info().outputPath('gan-losses.png') });
  await overlay.screenshot({ path: test.info().outputPath('gan-overlay.png') });

  await training.button('Stop').click();
  await expect(training.button('Train')).toBeEnabled({ timeout: 30_000 });

  await lessons.language.selectOption('ru');
  await expect(page.getByRole('region', { name: 'Обучение GAN' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'График потерь GAN' })).toBeVisible();
  await expect(
    page.getByRole('figure', { name: 'Настоящие и сгенерированные данные' }),
  ).toBeVisible();
  await lessons.language.selectOption('en');
});
