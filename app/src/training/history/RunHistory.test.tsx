// @vitest-environment jsdom
import '../../test/canvasShim';
import '../../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../../src/graph/testing/build';
import { parseProject, serializeProject } from '../../../../src/project';
import { trainerMessages } from '../../../../src/protocol/testing/messages';
import { localeStore } from '../../i18n';
import { documentStore } from '../../stores/documentStore';
import { resetStores } from '../../test/resetStores';
import { connectPanel } from '../testing/panelHarness';
import { TrainingPanel } from '../TrainingPanel';

const xorModel = () =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 8, activation: 'tanh' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

let harness: ReturnType<typeof connectPanel>;
beforeEach(() => {
  resetStores(xorModel());
  harness = connectPanel();
  documentStore.getState().update({ dataset: { id: 'xor' } });
  render(<TrainingPanel />);
});
afterEach(() => {
  cleanup();
  harness.detach();
});

const t = trainerMessages();

/** Trains a run to its end with these losses per epoch (validation loss 0.1 above). */
function finishRun(losses: number[], stop: 'done' | 'user' = 'done') {
  fireEvent.click(screen.getByRole('button', { name: 'Train' }));
  harness.say(t.started);
  losses.forEach((loss, i) =>
    harness.say({
      ...t.epoch,
      epoch: i + 1,
      train: { loss, metrics: { acc: 1 - loss } },
      validation: { loss: loss + 0.1, metrics: { acc: 0.9 - loss } },
    }),
  );
  harness.say({ ...t.stopped, reason: stop });
  harness.say(t.weights);
  harness.say({ ...t.done, epochs: losses.length });
}

describe('the run history', () => {
  it('keeps each finished run with the project, and it is saved and read back', () => {
    expect(screen.getByRole('region', { name: 'Run history' }).textContent).toMatch(
      /each finished run is kept/,
    );
    act(() =>
      documentStore
        .getState()
        .update({ training: { ...documentStore.getState().project.training, learningRate: 0.05 } }),
    );
    finishRun([0.6, 0.4, NaN]);
    const runs = documentStore.getState().project.runs!;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: 'Run 1',
      datasetId: 'xor',
      stopReason: 'done',
      training: { learningRate: 0.05 },
      epochs: [
        { epoch: 1, values: { loss: 0.6, val_loss: 0.7 } },
        { epoch: 2, values: { loss: 0.4 } },
        { epoch: 3, values: { loss: null } },
      ],
    });
    const saved = parseProject(serializeProject(documentStore.getState().project));
    expect(saved.ok && saved.project.runs).toEqual(runs);
    // It is a record, not an edit: undo takes back the learning rate, not the run.
    act(() => documentStore.getState().undo());
    expect(documentStore.getState().project.training.learningRate).not.toBe(0.05);
    expect(documentStore.getState().project.runs).toEqual(runs);
  });

  it('compares the two newest runs on one chart, and any others chosen', () => {
    finishRun([0.6, 0.4]);
    finishRun([0.5, 0.3, 0.2], 'user');
    finishRun([0.9]);
    const history = screen.getByRole('region', { name: 'Run history' });
    const compare = within(history).getByRole('group', { name: 'Compare runs' });
    const box = (name: RegExp) =>
      within(compare).getByRole('checkbox', { name }) as HTMLInputElement;
    expect([box(/^Run 1:/).checked, box(/^Run 2:/).checked, box(/^Run 3:/).checked]).toEqual([
      false,
      true,
      true,
    ]);
    expect(box(/^Run 2:/).closest('label')!.textContent).toMatch(
      /adam, learning rate 0\.001, batch 32, 3 of 10 epochs, stopped, XOR — validation loss 0\.3\d*, validation accuracy/,
    );
    const chart = within(history).getByRole('figure', { name: 'Run comparison' });
    expect(chart.textContent).toMatch(/loss per epoch for Run 2, Run 3/);
    expect(chart.getAttribute('data-points')).toBe('3');

    fireEvent.click(box(/^Run 1:/));
    fireEvent.click(box(/^Run 3:/));
    fireEvent.change(within(history).getByRole('combobox', { name: 'Score' }), {
      target: { value: 'val_acc' },
    });
    expect(chart.textContent).toMatch(/validation accuracy per epoch for Run 1, Run 2/);

    // In Russian the scores and the dataset have Russian names too.
    act(() => localeStore.getState().setLocale('ru'));
    expect(chart.textContent).toMatch(/точность на валидации по эпохам для Запуск 1, Запуск 2/);
    act(() => localeStore.getState().setLocale('en'));
  });

  it('keeps no record in a project opened while the run trained', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    harness.say(t.started);
    harness.say(t.epoch);
    const other = { ...documentStore.getState().project, name: 'Another' };
    act(() => documentStore.getState().load(other));
    harness.say(t.stopped);
    harness.say(t.done);
    expect(documentStore.getState().project.runs).toBeUndefined();
  });

  it('keeps no record of a run that failed before an epoch', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    harness.say(t.error);
    expect(documentStore.getState().project.runs).toBeUndefined();
  });
});
