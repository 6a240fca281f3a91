/**
 * A classroom pack from both sides: a teacher locks the spiral MLP's output layer and its training
 * settings, sets a task with two conditions and saves the pack; a student opens it, sees the locked
 * layer and settings fixed before trying, cannot delete the layer, trains, and sees the task ticked.
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './poms/designerPage';
import { TrainingPanel } from './poms/trainingPanel';

test('a teacher makes a pack; a student opens it, meets its locks, and completes its task', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const app = new DesignerPage(page);
  const training = new TrainingPanel(page);
  await app.open();
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: 'MLP for the spiral' })
    .click();
  await expect(app.node('Dense', 'scores')).toBeVisible();

  // The teacher: locks, then a task.
  await page
    .getByRole('group', { name: 'Learn' })
    .getByRole('button', { name: 'Teacher mode' })
    .click();
  const teacher = page.getByRole('complementary', { name: 'Classroom pack' });
  await expect(teacher.getByRole('note')).toContainText('anyone can edit by hand');
  await teacher.getByRole('checkbox', { name: 'Lock scores' }).check();
  await teacher.getByRole('checkbox', { name: 'Lock the training settings' }).check();
  await expect(
    app.node('Dense', 'scores').getByRole('img', { name: 'Locked by the teacher' }),
  ).toBeVisible();

  const form = teacher.getByRole('form', { name: 'New task' });
  await form.getByRole('textbox', { name: 'Task title' }).fill('Unwind the spiral');
  await form.getByRole('combobox', { name: 'Score of condition 1' }).selectOption('test_acc');
  await form.getByRole('spinbutton', { name: 'Value of condition 1, %' }).fill('90');
  await form.getByRole('button', { name: 'Add a condition' }).click();
  await form.getByRole('combobox', { name: 'Kind of condition 2' }).selectOption('maxHiddenLayers');
  await form.getByRole('spinbutton', { name: 'Number of condition 2' }).fill('2');
  await form.getByRole('button', { name: 'Add the task' }).click();
  await expect(teacher.getByRole('list', { name: 'Conditions' })).toContainText(
    'test accuracy of at least 90%',
  );

  await teacher.getByRole('button', { name: 'Save as classroom pack…' }).click();
  const saveAs = page.getByRole('dialog', { name: 'Save as' });
  await expect(saveAs.getByRole('textbox', { name: 'Project name' })).toHaveValue(
    'Spiral MLP (classroom)',
  );
  await saveAs.getByRole('textbox', { name: 'Project name' }).fill('Spiral pack');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved the classroom pack Spiral pack.' }),
  ).toBeVisible();

  // The student: opens the pack from the recent list.
  page.on('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Open…' }).click();
  await page
    .getByRole('dialog', { name: 'Open a project' })
    .getByRole('region', { name: 'Recent projects' })
    .getByRole('button', { name: 'Spiral pack' })
    .click();
  const tasks = page.getByRole('complementary', { name: 'Tasks' });
  await expect(tasks).toBeVisible();
  await expect(teacher).toHaveCount(0);
  const task = tasks.getByRole('checkbox', { name: 'Unwind the spiral' });
  await expect(task).not.toBeChecked();
  await expect(task).toHaveAccessibleDescription('Not yet. Train the model to check this task.');

  // The locked layer refuses deletion, and says why.
  const scores = app.node('Dense', 'scores');
  await expect(scores.getByRole('img', { name: 'Locked by the teacher' })).toBeVisible();
  await scores.click();
  // Delete shows as not applicable, and the inspector's fields of the layer say why.
  await expect(
    page.getByRole('group', { name: 'Edit' }).getByRole('button', { name: 'Delete' }),
  ).toBeDisabled();
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).not.toBeEditable();
  await expect(name).toHaveAccessibleDescription(/^Locked by your teacher: it cannot be changed\./);
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert')).toHaveText(
    'scores is locked by your teacher and cannot be deleted.',
  );
  await expect(scores).toBeVisible();

  // Training as the pack set it up meets the task.
  await training.open();
  await expect(training.setting('Learning rate')).not.toBeEditable();
  await expect(training.setting('Learning rate')).toHaveAccessibleDescription(
    /^Locked by your teacher: it cannot be changed\./,
  );
  await training.button('Train').click();
  await expect(training.button('Train')).toBeEnabled({ timeout: 200_000 });
  await expect(task).toBeChecked();
  await expect(tasks.getByRole('status')).toHaveText('1 of 1 task done');
  await page.screenshot({ path: test.info().outputPath('pack-task-done.png') });
});
