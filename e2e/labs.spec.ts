/**
 * A teacher opens the labs: the pooling inspector gives the lecture's numbers for its 4×4 table,
 * the activation lab's neuron follows its sliders, and the receptive-field lab traces a stack.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';

/** The Labs dialog, found by role and name as a user's assistive technology finds it. */
class Labs {
  constructor(readonly page: Page) {}
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Labs' });
  }
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Labs…' }).click();
    await expect(this.dialog).toBeVisible();
  }
  async tab(name: string): Promise<void> {
    await this.dialog.getByRole('tab', { name }).click();
  }
  /** The numbers a table shows, row by row. */
  async read(table: string): Promise<number[][]> {
    const rows = this.dialog.getByRole('table', { name: table }).getByRole('row');
    const result: number[][] = [];
    for (const row of await rows.all()) {
      result.push((await row.getByRole('cell').allTextContents()).map(Number));
    }
    return result;
  }
  output(name: string): Locator {
    return this.dialog.getByRole('status', { name });
  }
}

test('the pooling inspector gives the lecture’s numbers and the activation lab follows its sliders', async ({
  page,
}) => {
  const app = new DesignerPage(page);
  const labs = new Labs(page);
  await app.open();
  // In the dark theme, so its colours are looked at too (the screenshots keep them).
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await labs.open();

  await labs.tab('Convolution and pooling');
  await labs.dialog.getByRole('radio', { name: 'Pooling' }).check();
  await labs.dialog.getByRole('button', { name: 'All zeros' }).click();
  expect(await labs.read('Max pooling')).toEqual([
    [0, 0],
    [0, 0],
  ]);
  await labs.dialog.getByRole('button', { name: 'Lecture’s 4×4 table' }).click();
  expect(await labs.read('Max pooling')).toEqual([
    [20, 30],
    [112, 37],
  ]);
  expect(await labs.read('Average pooling')).toEqual([
    [13, 8],
    [79, 19.5],
  ]);
  await labs.dialog.getByRole('cell', { name: 'Max pooling row 2, column 1: 112' }).hover();
  await expect(labs.dialog).toContainText(
    'Max pooling row 2, column 1 = max of 34, 70, 112, 100 = 112',
  );
  await page.screenshot({ path: test.info().outputPath('pooling.png') });

  await labs.tab('Activation functions');
  await expect(labs.dialog.getByRole('img', { name: /^Derivative f′\(x\)/ })).toBeVisible();
  await expect(labs.output('Weighted sum z')).toHaveText('0.7');
  const w1 = labs.dialog.getByRole('slider', { name: 'w₁' });
  await w1.focus();
  // Five steps of 0.1 take w₁ from 0.8 to 1.3, so z = 1.3·1 − 0.5·0.4 + 0.1 = 1.2.
  for (let i = 0; i < 5; i++) await w1.press('ArrowRight');
  await expect(w1).toHaveValue('1.3');
  await expect(labs.output('Weighted sum z')).toHaveText('1.2');
  await page.screenshot({ path: test.info().outputPath('activation.png') });
  await expect(labs.output('Neuron output y')).toHaveText(
    String(Math.round(1000 / (1 + Math.exp(-1.2))) / 1000),
  );

  await labs.tab('Receptive field');
  await expect(labs.dialog).toContainText(
    'sees a 5×5 patch of the input; 25 of its cells feed it.',
  );
  await labs.dialog
    .getByRole('combobox', { name: 'Layer to trace' })
    .selectOption({ label: 'Dilation 1, 2, 4 (a 15×15 field without gaps)' });
  await expect(labs.dialog).toContainText(
    'sees a 15×15 patch of the input; 225 of its cells feed it.',
  );
  await page.screenshot({ path: test.info().outputPath('receptive-field.png') });
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(labs.dialog).toBeHidden();
});
