/**
 * A new user takes a whole lesson: opens it from the gallery, reads the side panel, trains the
 * lesson's project to the result the panel states, and switches the interface to Russian, where
 * the panel speaks Russian. A second test trains the digits autoencoder briefly and looks at what
 * it rebuilds and what it draws from codes.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { LessonPanel } from './poms/lessonPanel';
import { TrainingPanel } from './poms/trainingPanel';

test('logistic regression, from the gallery to its promised accuracy, then in Russian', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new DesignerPage(page);
  const lessons = new LessonPanel(page);
  const training = new TrainingPanel(page);
  await app.open();

  await lessons.start(3, 'Logistic regression', 'Logistic regression');
  const panel = lessons.panel();
  await expect(panel.getByRole('heading', { name: 'Logistic regression' })).toBeVisible();
  await expect(panel.getByText('Lesson 3: Logistic regression')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'What to try' })).toBeVisible();
  const promise = await lessons.promise();
  const promised = /≥ (\d+)% test accuracy/.exec(promise);
  expect(promised, `the panel should state an accuracy: "${promise}"`).not.toBeNull();

  await training.open();
  await expect(training.dataset).toHaveValue('gauss');
  await training.button('Train').click();
  await expect(training.accuracyChart).toBeVisible({ timeout: 30_000 });
  await expect(training.button('Train')).toBeEnabled({ timeout: 90_000 });
  const status = (await training.status.textContent()) ?? '';
  const reached = /test loss [\d.]+, accuracy ([\d.]+)%/.exec(status);
  expect(reached, `the result should name the test accuracy: "${status}"`).not.toBeNull();
  expect(Number(reached![1])).toBeGreaterThanOrEqual(Number(promised![1]));

  await lessons.language.selectOption('ru');
  const russian = lessons.panel('Урок');
  await expect(russian).toBeVisible();
  await expect(russian.getByRole('heading', { name: 'Логистическая регрессия' })).toBeVisible();
  await expect(russian.getByRole('list', { name: 'Что попробовать' })).toBeVisible();
  await expect(russian.getByRole('button', { name: 'Закрыть урок' })).toBeVisible();
  await expect(russian).toContainText('точность');
  await page.screenshot({ path: test.info().outputPath('lesson-russian.png') });
  await lessons.language.selectOption('en');
});

test('the digits autoencoder rebuilds test digits and draws digits from a grid of codes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new DesignerPage(page);
  const lessons = new LessonPanel(page);
  const training = new TrainingPanel(page);
  await app.open();

  await lessons.start(11, 'Applications', 'Autoencoder: rebuilding and drawing digits');
  const views = lessons.panel().getByRole('region', {
    name: 'Rebuilt digits and digits drawn from codes',
  });
  await expect(views).toContainText('Train the model');

  // One epoch is enough to see the views work; the lesson's own 15 are checked in unit tests.
  await training.open();
  await training.setting('Epochs').fill('1');
  await training.button('Train').click();
  await expect(training.button('Train')).toBeEnabled({ timeout: 90_000 });

  const pairs = views.getByRole('list', { name: /^Test digits \(top\)/ }).getByRole('listitem');
  await expect(pairs).toHaveCount(6, { timeout: 30_000 });
  await expect(pairs.first().getByRole('img')).toHaveCount(2);
  await expect(views).toContainText(/Mean squared error of these 6 digits: 0\.\d{4}/);
  const grid = views.getByRole('list', { name: /^Digits decoded from a 7 × 7 grid of codes/ });
  await expect(grid.getByRole('img', { name: /^Decoded from the code/ })).toHaveCount(49);
  await page.screenshot({ path: test.info().outputPath('autoencoder.png') });
});
