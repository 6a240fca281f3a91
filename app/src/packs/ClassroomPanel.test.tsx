// @vitest-environment jsdom
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Classroom } from '../../../src/packs/classroom';
import { parseProject, serializeProject, type Project, type RunRecord } from '../../../src/project';
import { spiralMlp } from '../../../src/templates/spiralMlp';
import { App } from '../App';
import { runCommand } from '../commands/appContext';
import { getCommand } from '../commands/index';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { resetStores } from '../test/resetStores';

const classroom: Classroom = {
  locks: { layers: ['scores'], params: { hidden_1: ['units'] }, training: true, dataset: false },
  tasks: [
    {
      id: 't1',
      title: 'Unwind the spiral',
      checks: [
        { kind: 'metric', metric: 'test_acc', op: 'atLeast', value: 0.9 },
        { kind: 'maxHiddenLayers', max: 2 },
      ],
    },
  ],
};

/** The spiral MLP as a pack, read back from its file as a student opens it. */
function openPack(): void {
  const read = parseProject(serializeProject({ ...spiralMlp.create(), classroom }));
  if (!read.ok) throw new Error(read.error);
  act(() => documentStore.getState().load(read.project));
}

function finishRun(testAcc: number): void {
  const project = documentStore.getState().project;
  const run: RunRecord = {
    id: `r${testAcc}`,
    name: 'Run 1',
    finishedAt: '2026-01-01T00:00:00.000Z',
    datasetId: 'spiral',
    training: project.training,
    stopReason: 'done',
    epochs: [{ epoch: 1, values: { loss: 0.3, acc: testAcc } }],
    test: { loss: 0.3, acc: testAcc },
  };
  act(() => void documentStore.getState().update({ runs: [run] }, { record: false }));
}

const notice = () => uiStore.getState().notice;
const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;
/** The text of the elements that describe `element`, as a screen reader reads it. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

beforeEach(() => {
  resetStores();
  localeStore.getState().setLocale('en');
});
afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

describe('the student view of a pack', () => {
  it('lists the tasks, ticking one only when a run meets all its conditions', () => {
    render(<App />);
    openPack();
    const panel = screen.getByRole('complementary', { name: 'Tasks' });
    const box = within(panel).getByRole('checkbox', { name: 'Unwind the spiral' });
    expect(checked(box)).toBe(false);
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(description(box)).toBe('Not yet. Train the model to check this task.');
    fireEvent.click(box);
    expect(checked(box)).toBe(false);

    finishRun(0.85);
    expect(checked(box)).toBe(false);
    expect(description(box)).toBe('Not yet. The test accuracy is 85%; it needs to reach 90%.');
    finishRun(0.95);
    expect(checked(box)).toBe(true);
    expect(within(panel).getByRole('status').textContent).toBe('1 of 1 task done');

    act(() => localeStore.getState().setLocale('ru'));
    const russian = screen.getByRole('complementary', { name: 'Задания' });
    expect(checked(within(russian).getByRole('checkbox', { name: 'Unwind the spiral' }))).toBe(
      true,
    );
    expect(within(russian).getByRole('list', { name: 'Условия' }).textContent).toMatch(
      'не более 2 скрытых слоёв',
    );
  });

  it('judges the model the run left, not one changed after it', () => {
    render(<App />);
    openPack();
    finishRun(0.95);
    const box = screen.getByRole('checkbox', { name: 'Unwind the spiral' });
    expect(checked(box)).toBe(true);
    // A third hidden layer after the run changes nothing until the next run.
    const hidden = documentStore.getState().project.graph.nodes.find((n) => n.id === 'hidden_2')!;
    act(
      () =>
        void documentStore.getState().apply({
          type: 'insertOnEdge',
          edgeId: 'hidden_2->scores',
          node: { ...hidden, id: 'hidden_3', name: 'hidden_3' },
          newEdgeId: 'hidden_3->scores',
        }),
    );
    expect(checked(box)).toBe(true);
    finishRun(0.97);
    expect(checked(box)).toBe(false);
    expect(description(box)).toMatch(/3 hidden layers; at most 2 are allowed/);
  });

  it('marks locked layers and refuses to delete them, saying why', () => {
    render(<App />);
    openPack();
    expect(screen.getAllByRole('img', { name: 'Locked by the teacher' })).toHaveLength(1);
    expect(screen.getAllByRole('img', { name: 'Locked parameters: Units' })).toHaveLength(1);
    act(() => uiStore.getState().select(['scores']));
    expect(screen.getByRole('note').textContent).toMatch(
      'This layer is locked: it cannot be deleted, renamed, changed or disconnected.',
    );
    act(() => runCommand(getCommand('deleteSelection')));
    expect(documentStore.getState().project.graph.nodes.map((n) => n.id)).toContain('scores');
    expect(notice()).toMatchObject({
      text: 'scores is locked by your teacher and cannot be deleted.',
      tone: 'error',
    });
    const before = documentStore.getState().project.training;
    act(() => void documentStore.getState().update({ training: { ...before, learningRate: 0.5 } }));
    expect(documentStore.getState().project.training).toBe(before);
    expect(notice()?.text).toBe('The training settings are locked by your teacher.');
  });
});

describe('teacher mode', () => {
  it('sets locks and tasks that the student view then enforces and lists', () => {
    render(<App />);
    act(() => documentStore.getState().load(spiralMlp.create()));
    const toggle = screen.getByRole('button', { name: 'Teacher mode' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const panel = screen.getByRole('complementary', { name: 'Classroom pack' });
    expect(within(panel).getByRole('note').textContent).toMatch(/anyone can edit by hand/);

    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Lock point' }));
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Lock the dataset' }));
    act(() => uiStore.getState().select(['hidden_1']));
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Lock Activation' }));

    const form = within(panel).getByRole('form', { name: 'New task' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the task' }));
    expect(within(form).getByRole('alert').textContent).toBe('Give the task a title.');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Task title' }), {
      target: { value: 'Keep it small' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Score of condition 1' }), {
      target: { value: 'test_acc' },
    });
    fireEvent.change(within(form).getByRole('spinbutton', { name: 'Value of condition 1, %' }), {
      target: { value: '80' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a condition' }));
    fireEvent.change(within(form).getByRole('combobox', { name: 'Kind of condition 2' }), {
      target: { value: 'maxParams' },
    });
    fireEvent.change(within(form).getByRole('spinbutton', { name: 'Number of condition 2' }), {
      target: { value: '500' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the task' }));

    const project: Project = documentStore.getState().project;
    expect(project.classroom).toEqual({
      locks: {
        layers: ['point'],
        params: { hidden_1: ['activation'] },
        training: false,
        dataset: true,
      },
      tasks: [
        {
          id: 't1',
          title: 'Keep it small',
          checks: [
            { kind: 'metric', metric: 'test_acc', op: 'atLeast', value: 0.8 },
            { kind: 'maxParams', max: 500 },
          ],
        },
      ],
    });
    expect(within(panel).getByRole('list', { name: 'Conditions' }).textContent).toMatch(
      'test accuracy of at least 80%',
    );

    // Editing a task fills the form with it.
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit the task Keep it small' }));
    const edit = within(panel).getByRole('form', { name: 'Edit task' });
    expect(
      (within(edit).getByRole('spinbutton', { name: 'Number of condition 2' }) as HTMLInputElement)
        .value,
    ).toBe('500');

    // Leaving teacher mode: the locks hold and the tasks show.
    fireEvent.click(screen.getByRole('button', { name: 'Teacher mode' }));
    expect(checked(screen.getByRole('checkbox', { name: 'Keep it small' }))).toBe(false);
    act(() => void documentStore.getState().update({ dataset: { id: 'circle' } }));
    expect(documentStore.getState().project.dataset?.id).toBe('spiral');
    expect(notice()?.text).toBe('The dataset is locked by your teacher.');

    // Back in teacher mode a task can be removed.
    fireEvent.click(screen.getByRole('button', { name: 'Teacher mode' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the task Keep it small' }));
    expect(documentStore.getState().project.classroom?.tasks).toEqual([]);
  });
});
