/**
 * A user takes a model out of NeuroCanvas: picks PyTorch in the Export dialog, gets a folder, and
 * the bundle's own verify script agrees with NeuroCanvas in real PyTorch.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DesignerPage } from './poms/designerPage';

test('export a template to PyTorch from the dialog, and its verify script passes', async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: 'Two branches joined' })
    .click();

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export the model' });
  await dialog.getByRole('radio', { name: /PyTorch/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const exported = dialog.getByRole('region', { name: 'Exported' });
  await expect(exported).toContainText('for PyTorch (Python) to:', { timeout: 60_000 });
  const files = await exported
    .getByRole('list', { name: 'Files' })
    .getByRole('listitem')
    .allTextContents();
  expect(files).toEqual(
    expect.arrayContaining(['model.py', 'weights.npz', 'verify.py', 'samples.npz']),
  );
  await page.screenshot({ path: test.info().outputPath('exported.png') });

  // The folder is on this machine: run the bundle's check as a user would.
  const folder = (await exported.getByRole('code').textContent())!;
  expect(existsSync(join(folder, 'model.py'))).toBe(true);
  const report = execFileSync('/usr/bin/python3', ['verify.py'], { cwd: folder, encoding: 'utf8' });
  expect(report).toMatch(/^OK: within /m);
});
