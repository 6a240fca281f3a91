// @vitest-environment jsdom
import '../test/canvasShim';
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gan2d, ganDigits } from '../../../src/lessons/gan';
import { PROTOCOL_VERSION as v, type TrainerMessage } from '../../../src/protocol';
import { localeStore } from '../i18n';
import { analysisOf } from '../stores/analysis';
import { documentStore } from '../stores/documentStore';
import { probeStore } from '../stores/trainingProbe';
import { resetStores } from '../test/resetStores';
import { connectPanel } from '../training/testing/panelHarness';
import { TrainingPanel } from '../training/TrainingPanel';
import { lossLines } from './lossSeries';
import { gridPixels } from './SampleGrid';

let harness: ReturnType<typeof connectPanel>;

function open(project = gan2d.template.create()) {
  resetStores();
  localeStore.getState().setLocale('en');
  probeStore.setState({ datasetKey: null, index: 0 });
  harness = connectPanel();
  act(() => documentStore.getState().load(project));
  render(<TrainingPanel />);
}

afterEach(() => {
  cleanup();
  harness.detach();
});

const batch = (batchNo: number, d: number, g: number): TrainerMessage => ({
  v,
  type: 'batch',
  runId: 'x',
  epoch: 1,
  batch: batchNo,
  batchesPerEpoch: 10,
  examples: 32,
  loss: d,
  metrics: { g_loss: g, d_real: 0.6, d_fake: 0.4 },
  samplesPerS: 100,
  etaS: 1,
});

const points = (collapsed: boolean): TrainerMessage => ({
  v,
  type: 'ganSamples',
  runId: 'x',
  epoch: 1,
  batch: 10,
  points: {
    made: new Float32Array([2, 2, 2.1, 2, -2, -2]),
    real: new Float32Array([2, 2, -2, -2, 1.9, 2.1, -2.1, -1.9]),
  },
  check: { collapsed, spreadRatio: collapsed ? 0.1 : 0.9, coverage: collapsed ? 0.5 : 1 },
});

describe('the GAN panel', () => {
  beforeEach(() => open());

  it('names both parts and shows the GAN settings, kept in the project', () => {
    const panel = screen.getByRole('region', { name: 'GAN training' });
    expect(panel.textContent).toContain('Generator: 5 layers, from 4 noise numbers');
    const steps = screen.getByRole('spinbutton', {
      name: 'Discriminator steps per generator step',
    });
    fireEvent.change(steps, { target: { value: '3' } });
    expect(documentStore.getState().project.training.ganDiscriminatorSteps).toBe(3);
    expect(screen.getByRole('spinbutton', { name: 'Generator learning rate' })).toBeTruthy();
  });

  it('draws both losses, the real and generated points, and warns of collapse', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(screen.getByText('Train to see what the generator makes.')).toBeTruthy();
    harness.say(batch(1, 0.7, 0.9));
    harness.say(batch(2, 0.6, 1.1));
    const chart = screen.getByRole('figure', { name: 'GAN loss chart' });
    expect(chart.getAttribute('data-points')).toBe('2');
    expect(chart.textContent).toMatch(/discriminator 0\.6\d+, generator 1\.0\d+/);

    harness.say(points(false));
    const overlay = screen.getByRole('figure', { name: 'Real and generated data' });
    expect(overlay.getAttribute('data-generated')).toBe('3');
    expect(overlay.querySelectorAll('circle')).toHaveLength(7);
    const panel = within(screen.getByRole('region', { name: 'GAN training' }));
    expect(panel.getByRole('status').textContent).toContain('varied');
    expect(panel.queryByRole('alert')).toBeNull();

    harness.say(points(true));
    expect(panel.getByRole('alert').textContent).toMatch(/Mode collapse.*10%.*50%/);
  });

  it('speaks Russian after the language changes', () => {
    act(() => localeStore.getState().setLocale('ru'));
    expect(screen.getByRole('region', { name: 'Обучение GAN' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'График потерь GAN' })).toBeTruthy();
    act(() => localeStore.getState().setLocale('en'));
  });
});

describe('the GAN panel on digits', () => {
  it('shows the grid of generated samples', () => {
    open(ganDigits.template.create());
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    harness.say({
      v,
      type: 'ganSamples',
      runId: 'x',
      epoch: 2,
      batch: 5,
      images: {
        count: 4,
        shape: [28, 28, 1],
        data: new Uint8Array(4 * 784).fill(200),
        min: 0,
        max: 1,
      },
      check: { collapsed: false, spreadRatio: 0.8, coverage: 1 },
    });
    const grid = screen.getByRole('figure', { name: 'Generated samples' });
    expect(grid.getAttribute('data-count')).toBe('4');
    expect(grid.textContent).toContain('after epoch 2, batch 5');
  });

  it('is not shown for an ordinary model', () => {
    const project = gan2d.template.create();
    const judge = project.graph.nodes.filter((n) =>
      ['sample', 'd_hidden_1', 'd_hidden_2', 'd_probability', 'real_or_fake'].includes(n.id),
    );
    const ids = new Set(judge.map((n) => n.id));
    open({
      ...project,
      graph: { nodes: judge, edges: project.graph.edges.filter((e) => ids.has(e.source)) },
    });
    expect(screen.queryByRole('region', { name: 'GAN training' })).toBeNull();
  });

  it('shows a mismatched GAN’s problem, and will not start it', () => {
    const project = gan2d.template.create();
    const graph = {
      ...project.graph,
      nodes: project.graph.nodes.map((n) =>
        n.id === 'point' ? { ...n, params: { ...n.params, units: 3 } } : n,
      ),
    };
    open({ ...project, graph });
    const problems = analysisOf(documentStore.getState().project).problems;
    expect(problems.map((p) => p.code)).toContain('gan-mismatch');
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(harness.trainerSent()).toHaveLength(0);
  });
});

describe('the GAN views, drawn', () => {
  it('scale both loss lines into the box, the highest loss at the top', () => {
    const at = (i: number) => ({ at: i, examples: 1, loss: 1, metrics: { g_loss: 2 } });
    const lines = lossLines([at(0), at(1)], 100, 50);
    expect(lines.top).toBe(2);
    expect(lines.generator).toBe('0.0,0.0 100.0,0.0');
    expect(lines.discriminator).toBe('0.0,25.0 100.0,25.0');
  });

  it('lay out a grid of pictures with one-pixel gaps', () => {
    const data = new Uint8Array([10, 20, 30, 40]);
    const grid = gridPixels({ count: 4, shape: [1, 1, 1], data, min: 0, max: 1 });
    expect([grid.width, grid.height]).toEqual([3, 3]);
    expect(grid.data[0]).toBe(10);
    expect(grid.data[(0 * 3 + 2) * 4]).toBe(20);
    expect(grid.data[(2 * 3 + 2) * 4]).toBe(40);
  });
});
