/**
 * The dataset picker, as the real host answers it: a dataset downloaded on first use offers its
 * download with its size, and a table with missing values says what loading it did about them.
 * (The download itself, with its progress and Cancel, runs against a local server in
 * app/src/data/DatasetDownload.test.tsx: this host would need the internet.)
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { TrainingPanel } from './poms/trainingPanel';

test('the picker offers a download and shows notes on the data', async ({ page }) => {
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  await training.open();

  await training.dataset.selectOption({ label: 'MNIST' });
  const download = page.getByRole('group', { name: 'Download of MNIST' });
  await expect(download.getByRole('button', { name: 'Download' })).toBeVisible();
  await expect(download).toContainText(/MNIST is downloaded once \([\d.]+ MB\)/);

  await training.dataset.selectOption({ value: 'cars' });
  await expect(download).toBeHidden();
  const notes = page.getByRole('list', { name: 'Notes on the data' });
  await expect(notes).toContainText(/no horsepower; it was filled with the median/);
});
