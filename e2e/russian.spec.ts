/**
 * A Russian-speaking student's first session, end to end: the language picker switches to Russian,
 * and at every stop of the walk (the canvas, the palette, the inspector, the problems, the summary,
 * training with its charts, exporting, importing data, the gallery, a lesson, the labs, the
 * classroom panel, the project dialogs, the recovery offer and the GAN lesson) everything the page
 * shows or reads out is in Russian, apart from the few Latin-letter names Russian texts also write
 * so. The walk finds its way by the Russian names, so those are checked too.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { translator } from '../src/i18n';
import { RUSSIAN_LESSONS } from '../src/lessons/ru';
import { RUSSIAN_TOPICS } from '../src/lessons/ru/topics';
import { DesignerPage } from './poms/designerPage';
import { latinWords, layerNames, readableTexts } from './poms/latinWords';

const ru = translator('ru');

/** The Latin words found at each stop of the walk, by the stop's name. */
class Leftovers {
  readonly found = new Map<string, Map<string, string>>();
  /**
   * The names of every layer met so far: panels about the last run (its layers' health, say) can
   * name the layers of a project opened before.
   */
  private readonly names = new Set<string>();
  constructor(readonly page: Page) {
    // Questions the browser asks in its own window are read as well, then accepted.
    page.on('dialog', (dialog) => {
      this.note(`question “${dialog.message().slice(0, 40)}”`, [dialog.message()]);
      void dialog.accept();
    });
  }
  /** Words of names the user gave (projects saved by earlier sessions, say), not the app's text. */
  userWrote(texts: readonly string[]): void {
    for (const text of texts) for (const word of text.split(/\s+/)) if (word) this.names.add(word);
  }
  /** Reads the whole page as it is now, under the name of this stop. */
  async look(stop: string): Promise<void> {
    for (const name of await layerNames(this.page)) this.names.add(name);
    this.note(stop, await readableTexts(this.page), this.names);
  }
  /** Keeps the words not already reported at an earlier stop, so each leftover is listed once. */
  private note(stop: string, texts: readonly string[], names?: ReadonlySet<string>): void {
    const words = latinWords(texts, names);
    const earlier = new Set([...this.found.values()].flatMap((w) => [...w.keys()]));
    for (const word of earlier) words.delete(word);
    if (words.size > 0) this.found.set(stop, words);
  }
  report(): string {
    return [...this.found]
      .map(([stop, words]) =>
        [`${stop}:`, ...[...words].map(([word, where]) => `  ${word}  in “${where}”`)].join('\n'),
      )
      .join('\n');
  }
}

/** Opens a dialog with a toolbar button, reads it, and closes it with Escape. */
async function visitDialog(
  page: Page,
  seen: Leftovers,
  button: string,
  dialogName: string,
  stop: string,
  ready: (dialog: Locator) => Locator = (dialog) => dialog,
  userWritten: (dialog: Locator) => Promise<string[]> = async () => [],
): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(ready(dialog)).toBeVisible();
  seen.userWrote(await userWritten(dialog));
  await seen.look(stop);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('every stop of a first session speaks Russian', async ({ page }) => {
  test.setTimeout(300_000);
  const app = new DesignerPage(page);
  const seen = new Leftovers(page);
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Русский' });
  await expect(page.getByRole('combobox', { name: 'Язык' })).toBeVisible();
  await expect(page.getByText(ru('app.host.connected'), { exact: true })).toBeVisible();

  // The empty canvas and the palette, searched.
  await expect(page.getByRole('heading', { name: ru('canvas.empty.title') })).toBeVisible();
  await seen.look('empty canvas');
  const palette = page.getByRole('complementary', { name: ru('palette.label') });
  const search = palette
    .getByRole('textbox', { name: ru('palette.search') })
    .or(palette.getByRole('searchbox', { name: ru('palette.search') }));
  await search.fill('conv');
  await seen.look('palette, searched');
  await search.fill('щщщ');
  await seen.look('palette, nothing found');
  await search.fill('');

  // Layers added from the keyboard, Input straight into Dense: a real problem.
  const add = async (label: string) => {
    await palette.getByRole('button', { name: label, exact: true }).focus();
    await page.keyboard.press('Enter');
  };
  const node = (type: string, name: string) =>
    page.getByRole('group', { name: ru('canvas.node.label', { type, name }), exact: true });
  await add('Input');
  const input = node('Input', 'input_1');
  await expect(input).toBeVisible();
  await app.drag(input, -250, -150);
  await seen.look('inspector of an Input');
  await add('Dense');
  const dense = node('Dense', 'dense_1');
  await expect(dense).toBeVisible();
  await app.connect(input, dense);
  await expect(page.getByRole('tab', { name: /^Проблемы \([1-9]/ })).toBeVisible();
  await seen.look('inspector of a Dense fed a 3-D tensor');

  const tab = (name: string | RegExp) =>
    page.getByRole('tablist', { name: ru('app.details') }).getByRole('tab', { name });
  await tab(/^Проблемы/).click();
  await seen.look('problems');
  await tab(ru('app.tab.summary')).click();
  await seen.look('summary');
  await tab(ru('app.tab.training')).click();
  await expect(page.getByRole('combobox', { name: ru('training.dataset') })).toBeVisible();
  await seen.look('training, no dataset chosen');

  await page.getByRole('button', { name: ru('training.dataset.import') }).click();
  const importDialog = page.getByRole('dialog', { name: ru('data.import.title') });
  await expect(importDialog).toBeVisible();
  await seen.look('import data dialog');
  await page.keyboard.press('Escape');
  await expect(importDialog).toBeHidden();

  await visitDialog(page, seen, ru('commands.exportModel'), ru('export.title'), 'export dialog');
  // The projects listed are those saved before, under the names their users gave them.
  await visitDialog(
    page,
    seen,
    ru('commands.openProject'),
    ru('app.open.title'),
    'open dialog',
    undefined,
    (dialog) => dialog.getByRole('listitem').allInnerTexts(),
  );

  // Save as, under a name the student types.
  await page.keyboard.press('Control+Shift+S');
  const saveAs = page.getByRole('dialog', { name: ru('projects.saveAs.title') });
  await expect(saveAs).toBeVisible();
  await seen.look('save as dialog');
  await saveAs.getByRole('textbox').first().fill('Моя первая сеть');
  await saveAs.getByRole('button', { name: ru('common.save'), exact: true }).click();
  await expect(saveAs).toBeHidden();

  // An unsaved edit, kept as a recovery copy, then the page reloads and offers it back.
  await add('Flatten');
  await expect(node('Flatten', 'flatten_1')).toBeVisible();
  await page.waitForTimeout(4_000);
  await page.reload();
  const offer = page.getByRole('dialog', { name: ru('projects.recovery.title') });
  await expect(offer).toBeVisible();
  await seen.look('recovery offer');
  await offer.getByRole('button', { name: ru('projects.recovery.restore') }).click();
  await expect(node('Flatten', 'flatten_1')).toBeVisible();

  // The gallery, and the logistic regression lesson with its panel.
  const lessons = new Lessons(page);
  await lessons.openGallery();
  await seen.look('template and lesson gallery');
  await lessons.start(3, RUSSIAN_LESSONS['logistic-regression']!.text.title);
  await seen.look('lesson panel');

  // Training on the lesson's synthetic points until epochs are reported: charts, confusion
  // matrix and decision boundary.
  await tab(ru('app.tab.training')).click();
  const settings = page.getByRole('group', { name: ru('training.settings') });
  await settings.getByRole('spinbutton', { name: ru('training.setting.epochs.label') }).fill('3');
  await seen.look('training settings of a lesson');
  const controls = page.getByRole('group', { name: ru('training.controls') });
  await controls.getByRole('button', { name: ru('training.control.train'), exact: true }).click();
  await expect(page.getByRole('img', { name: ru('training.boundary') })).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    controls.getByRole('button', { name: ru('training.control.train'), exact: true }),
  ).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('status', { name: ru('training.status') })).toContainText(
    /Завершено/,
  );
  await expect(
    page.getByRole('figure', { name: ru('training.confusion') }).getByRole('table'),
  ).toBeVisible();
  await seen.look('training finished: charts, confusion matrix, boundary');

  // Export of a model that builds: the formats and what each can take.
  await visitDialog(
    page,
    seen,
    ru('commands.exportModel'),
    ru('export.title'),
    'export dialog, a model that builds',
    (dialog) => dialog.getByRole('group', { name: ru('export.format') }),
  );

  // The three labs.
  await page.getByRole('button', { name: ru('commands.openLabs') }).click();
  const labs = page.getByRole('dialog', { name: ru('teaching.labs.title') });
  await expect(labs).toBeVisible();
  for (const lab of ['activation', 'tensor', 'field'] as const) {
    await labs.getByRole('tab', { name: ru(`teaching.labs.tab.${lab}`) }).click();
    await seen.look(`${lab} lab`);
  }
  await page.keyboard.press('Escape');
  await expect(labs).toBeHidden();

  // The classroom panel of teacher mode.
  const teacher = page.getByRole('button', { name: ru('commands.toggleTeacherMode') });
  await teacher.click();
  await expect(page.getByText(ru('packs.teacher.title')).first()).toBeVisible();
  await seen.look('classroom panel, teacher mode');
  await teacher.click();

  // The GAN lesson: its panel before and after a little training.
  await lessons.openGallery();
  await lessons.start(12, RUSSIAN_LESSONS['gan-2d']!.text.title);
  await tab(ru('app.tab.training')).click();
  const gan = page.getByRole('region', { name: ru('gan.panel') });
  await expect(gan).toBeVisible();
  await seen.look('GAN panel before training');
  await controls.getByRole('button', { name: ru('training.control.train'), exact: true }).click();
  await expect(gan.getByRole('figure', { name: ru('gan.overlay') })).toBeVisible({
    timeout: 30_000,
  });
  await seen.look('GAN panel while training');
  await controls.getByRole('button', { name: ru('training.control.stop'), exact: true }).click();
  await expect(
    controls.getByRole('button', { name: ru('training.control.train'), exact: true }),
  ).toBeEnabled({ timeout: 30_000 });
  await seen.look('GAN panel, stopped');

  expect(seen.report()).toBe('');
});

/** The gallery of templates and lessons, found by its Russian names. */
class Lessons {
  constructor(readonly page: Page) {}
  get gallery(): Locator {
    return this.page.getByRole('dialog', { name: ru('projects.templates.title') });
  }
  async openGallery(): Promise<void> {
    await this.page.getByRole('button', { name: ru('commands.newFromTemplate') }).click();
    await expect(this.gallery).toBeVisible();
  }
  async start(lecture: keyof typeof RUSSIAN_TOPICS, title: string): Promise<void> {
    await this.gallery
      .getByRole('list', {
        name: ru('lessons.list.topic', { lecture, topic: RUSSIAN_TOPICS[lecture] }),
      })
      .getByRole('button', { name: title, exact: true })
      .click();
    await expect(this.gallery).toBeHidden();
    await expect(
      this.page.getByRole('complementary', { name: ru('lessons.panel.label'), exact: true }),
    ).toBeVisible();
  }
}
