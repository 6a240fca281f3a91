/**
 * Projects and live activations as a user meets them: a template from the empty canvas that
 * trains with its activation thumbnails and their full view, Save as from the keyboard, unsaved
 * work that survives a closed tab, the recent list, and connecting layers from the keyboard.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage, recoveryCopyWritten } from './poms/designerPage';

test('a template trains with live activations, is saved as, and survives a closed tab', async ({
  page,
  context,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Start from a template…' }).click();
  const gallery = page.getByRole('dialog', { name: 'New from template' });
  await gallery
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: 'LeNet-5 for digits' })
    .click();
  await expect(app.node('Conv2D', 'conv_1')).toBeVisible();

  // Train: thumbnails appear on the nodes; the first convolution's opens its full view.
  await page.getByRole('tab', { name: 'Training' }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const thumbnail = app
    .node('Conv2D', 'conv_1')
    .getByRole('img', { name: 'Activations of conv_1' });
  await expect(thumbnail).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('img', { name: 'Activations of dense_1' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the activations of conv_1' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Activations: conv_1' });
  await expect(panel.getByRole('region', { name: 'Output' }).getByRole('img')).toHaveCount(6);
  await expect(panel.getByRole('region', { name: 'Filters' }).getByRole('img')).toHaveCount(6);
  await page.screenshot({ path: test.info().outputPath('activations.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();

  // Save as, from the keyboard; the unsaved marker goes.
  await page.keyboard.press('Control+Shift+S');
  const saveAs = page.getByRole('dialog', { name: 'Save as' });
  await saveAs.getByRole('textbox', { name: 'Project name' }).fill('My LeNet');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('banner')).toContainText('My LeNet');
  await expect(page.getByLabel('Unsaved changes')).toHaveCount(0);

  // An unsaved edit, then the tab closes before it is saved.
  await app.node('Dense', 'dense_2').click();
  await page.keyboard.press('Delete');
  await expect(page.getByLabel('Unsaved changes')).toHaveCount(1);
  // The copy is written every few seconds (and, as far as the browser lets it, as the tab closes).
  await recoveryCopyWritten();
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  const reopened = new DesignerPage(again);
  await reopened.open({ keepUnsavedWork: true });
  const offer = again.getByRole('dialog', { name: 'Restore unsaved work?' });
  await expect(offer).toContainText('My LeNet');
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(reopened.node('Conv2D', 'conv_1')).toBeVisible();
  await expect(reopened.node('Dense', 'dense_2')).toHaveCount(0);
  await expect(again.getByLabel('Unsaved changes')).toHaveCount(1);

  // The saved file is on the recent list, unchanged.
  again.on('dialog', (d) => void d.accept());
  await again.getByRole('button', { name: 'Open…' }).click();
  const open = again.getByRole('dialog', { name: 'Open a project' });
  await open
    .getByRole('region', { name: 'Recent projects' })
    .getByRole('button', { name: 'My LeNet' })
    .click();
  await expect(reopened.node('Dense', 'dense_2')).toBeVisible();
  await expect(again.getByLabel('Unsaved changes')).toHaveCount(0);
});

test('layers connect from the keyboard, with refused connections explained', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.addLayer('Input');
  await app.drag(app.node('Input', 'input_1'), -200, -150);
  await app.addLayer('Flatten');
  await app.node('Input', 'input_1').click();
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Connect input_1' });
  const feeds = dialog.getByRole('region', { name: 'Feed input_1 into' });
  await expect(feeds.getByRole('button').first()).toHaveAccessibleName('flatten_1 (Flatten)');
  const from = dialog.getByRole('region', { name: 'Take input for input_1 from' });
  await expect(
    from.getByRole('button', { name: 'flatten_1 (Flatten)' }),
  ).toHaveAccessibleDescription("'input_1' is an Input layer and takes no input.");
  await feeds.getByRole('button', { name: 'flatten_1 (Flatten)' }).press('Enter');
  await expect(app.edge('input_1', 'flatten_1')).toHaveCount(1);
  expect(await app.edgeShapes()).toEqual(['28×28×1']);
});
