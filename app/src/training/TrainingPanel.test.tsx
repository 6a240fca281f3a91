// @vitest-environment jsdom
import '../test/canvasShim';
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import type { Graph } from '../../../src/graph/types';
import {
  PROTOCOL_VERSION as v,
  type HostMessage,
  type TrainerMessage,
} from '../../../src/protocol';
import type { RendererRequest } from '../../../src/protocol/renderer';
import { HostClient } from '../../../src/protocol/rendererClient';
import { trainerMessages } from '../../../src/protocol/testing/messages';
import { NO_HOST_REASON } from '../host/connectHost';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';
import { trainingController } from './appTraining';
import { TrainingPanel } from './TrainingPanel';

/** Two inputs → 8 tanh units → 2 classes: a model that can learn XOR. */
const xorModel = (): Graph =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 8, activation: 'tanh' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

let detach: () => void = () => undefined;
beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  detach();
});

/** A client whose requests are kept here, as the host would receive them. */
function connect() {
  const sent: RendererRequest[] = [];
  const client = new HostClient((request) => sent.push(request));
  detach = trainingController.attach(client);
  hostStore.getState().connected(client);
  const trainerSent = () =>
    sent.flatMap((r) => (r.type === 'trainer' ? [r.message] : [])) as HostMessage[];
  /** Delivers a message of the current run, as the host forwards it. */
  const say = (message: TrainerMessage) => {
    const runId = trainerSent().find((m) => m.type === 'start')!.runId;
    act(() => client.receive({ v, type: 'trainerMessage', message: { ...message, runId } }));
  };
  return { sent, trainerSent, say };
}

function show(graph: Graph, datasetId: string | null = 'xor') {
  resetStores(graph);
  documentStore.getState().update({ dataset: datasetId ? { id: datasetId } : null });
  render(<TrainingPanel />);
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const enabled = () =>
  ['Train', 'Pause', 'Resume', 'Step', 'Stop'].filter(
    (name) => screen.queryByRole('button', { name })?.hasAttribute('disabled') === false,
  );

describe('the training panel without NeuroCanvas', () => {
  it('disables every control and says why', () => {
    hostStore.getState().unavailable(NO_HOST_REASON);
    show(xorModel());
    expect(enabled()).toEqual([]);
    expect(button('Train').title).toBe(NO_HOST_REASON);
    expect(screen.getByText(NO_HOST_REASON)).toBeTruthy();
  });
});

describe('the training panel', () => {
  it('refuses to start a model with errors, naming the first, and sends nothing', () => {
    const { sent } = connect();
    show(chain('Input', 'Conv2D', 'Dense', 'Output'));
    fireEvent.click(button('Train'));
    expect(screen.getByRole('alert', { name: 'Training problems' }).textContent).toMatch(
      /^Training cannot start: 'dense_1': Dense expects a vector/,
    );
    expect(sent).toEqual([]);

    // Any edit takes the refusal away; the next attempt says again what is wrong.
    act(() => documentStore.getState().update({ dataset: { id: 'spiral' } }));
    expect(screen.getByRole('alert', { name: 'Training problems' }).textContent).toBe('');
  });

  it('asks for a dataset before training', () => {
    const { sent } = connect();
    show(xorModel(), null);
    fireEvent.click(button('Train'));
    expect(screen.getByRole('alert', { name: 'Training problems' }).textContent).toBe(
      'Training cannot start: choose a dataset to train on.',
    );
    expect(sent).toEqual([]);
  });

  it('enables each control only when it applies, through a whole run', () => {
    const { trainerSent, say } = connect();
    const fixtures = trainerMessages();
    show(xorModel());
    expect(enabled()).toEqual(['Train']);
    expect(button('Step').title).toBe('Step trains one batch of a paused run.');

    fireEvent.click(button('Train'));
    const start = trainerSent()[0]!;
    if (start.type !== 'start') throw new Error(`The run began with ${start.type}.`);
    expect(start).toMatchObject({
      type: 'start',
      dataset: { id: 'xor' },
      backend: 'auto',
      streams: { boundary: true, confusion: true },
    });
    expect(enabled()).toEqual(['Stop']);

    say(fixtures.ready);
    expect(screen.getByText('Backend: wasm — tfjs-node is not installed')).toBeTruthy();
    say(fixtures.started);
    expect(enabled()).toEqual(['Pause', 'Stop']);
    expect(button('Step').title).toMatch(/^Pause first/);

    say(fixtures.batch);
    const bar = screen.getByRole('progressbar', { name: 'Training progress' });
    expect(bar.getAttribute('aria-valuetext')).toBe('Epoch 1 of 10, batch 5 of 1000');
    expect(screen.getByText('1,000 samples/s')).toBeTruthy();

    fireEvent.click(button('Pause'));
    say(fixtures.paused);
    expect(enabled()).toEqual(['Resume', 'Step', 'Stop']);
    fireEvent.click(button('Step'));
    fireEvent.click(button('Resume'));
    say(fixtures.resumed);
    expect(enabled()).toEqual(['Pause', 'Stop']);

    fireEvent.click(button('Stop'));
    expect(enabled()).toEqual([]);
    expect(trainerSent().map((m) => m.type)).toEqual(['start', 'pause', 'step', 'resume', 'stop']);
    expect(trainerSent().every((m) => m.type !== 'shutdown' && m.runId === start.runId)).toBe(true);

    say(fixtures.stopped);
    say(fixtures.weights);
    say({ ...fixtures.done, epochs: 1 });
    expect(enabled()).toEqual(['Train']);
    expect(screen.getByRole('status', { name: 'Training status' }).textContent).toMatch(
      /^Stopped after 1 epoch\./,
    );
    // The run's weights are now the project's, and the next run starts from them.
    expect(documentStore.getState().project.weights).toEqual(fixtures.weights.weights);
    expect(screen.getByRole('button', { name: 'Reset weights' })).toBeTruthy();
  });

  it('shows what went wrong and what to do about it', () => {
    const { say } = connect();
    show(xorModel());
    fireEvent.click(button('Train'));
    say(trainerMessages().error);
    expect(screen.getByRole('alert', { name: 'Training problems' }).textContent).toBe(
      'The loss became NaN at epoch 3, batch 4. Lower the learning rate, or normalise the inputs.',
    );
    expect(screen.getByRole('status', { name: 'Training status' }).textContent).toMatch(
      /^Training failed\./,
    );
    expect(enabled()).toEqual(['Train']);
  });

  it('edits the settings as undoable document changes, showing settings as they apply', () => {
    show(xorModel());
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Epochs' }), {
      target: { value: '3' },
    });
    expect(documentStore.getState().project.training.epochs).toBe(3);

    expect(screen.queryByRole('spinbutton', { name: 'Momentum' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Optimizer' }), {
      target: { value: 'sgd' },
    });
    expect(screen.getByRole('spinbutton', { name: 'Momentum' })).toBeTruthy();

    act(() => documentStore.getState().undo());
    expect(documentStore.getState().project.training.optimizer).toBe('adam');
    expect(screen.queryByRole('spinbutton', { name: 'Momentum' })).toBeNull();
  });

  it('locks the settings while a run uses them, but sends a new learning rate to it', () => {
    const { trainerSent, say } = connect();
    show(xorModel());
    fireEvent.click(button('Train'));
    say(trainerMessages().started);
    const epochs = screen.getByRole('spinbutton', { name: 'Epochs' }) as HTMLInputElement;
    expect(epochs.disabled).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Dataset' }) as HTMLSelectElement).disabled).toBe(
      true,
    );
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Learning rate' }), {
      target: { value: '0.05' },
    });
    expect(trainerSent().at(-1)).toMatchObject({ type: 'setLearningRate', learningRate: 0.05 });
    expect(documentStore.getState().project.training.learningRate).toBe(0.05);
  });

  it('picks a dataset, and shows the boundary only for two input features', () => {
    show(xorModel(), null);
    expect(screen.queryByRole('img', { name: 'Decision boundary' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Dataset' }), {
      target: { value: 'spiral' },
    });
    expect(documentStore.getState().project.dataset).toEqual({ id: 'spiral' });
    expect(screen.getByRole('img', { name: 'Decision boundary' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Dataset' }), {
      target: { value: 'mnist-sample' },
    });
    expect(screen.queryByRole('img', { name: 'Decision boundary' })).toBeNull();
  });

  it('labels the charts, after the metric the Output reports', () => {
    show(xorModel());
    expect(screen.getByRole('figure', { name: 'Loss chart' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Accuracy chart' })).toBeTruthy();
    cleanup();

    const regression = chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 1 }],
      ['Output', { loss: 'mean_squared_error', metrics: ['accuracy', 'mae'] }],
    );
    show(regression, 'reg-plane');
    expect(screen.getByRole('figure', { name: 'Mean absolute error chart' })).toBeTruthy();
  });
});
