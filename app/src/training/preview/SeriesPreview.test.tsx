// @vitest-environment jsdom
import '../../test/canvasShim';
import '../../test/flowShims';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { integerLabels } from '../../../../src/data/labels';
import { loadDataset } from '../../../../src/data/registry';
import { examplePage } from '../../../../src/protocol/examplePage';
import { documentStore } from '../../stores/documentStore';
import { probeStore } from '../../stores/trainingProbe';
import { resetStores } from '../../test/resetStores';
import { connectPanel } from '../testing/panelHarness';
import { TrainingPanel } from '../TrainingPanel';
import { SERIES_SHOWN } from './SeriesPreview';
import { seriesLines } from './seriesLines';

let detach: () => void = () => undefined;
beforeEach(() => {
  resetStores();
  probeStore.setState({ datasetKey: null, index: 0 });
  detach = connectPanel().detach;
});
afterEach(() => {
  cleanup();
  detach();
});

function show(datasetId: string) {
  act(() => documentStore.getState().update({ dataset: { id: datasetId } }));
  render(<TrainingPanel />);
  return screen.getByRole('figure', { name: 'Dataset preview' });
}

it('plots the first waves as lines, named with their classes', async () => {
  const preview = show('waves');
  const series = await within(preview).findByRole('figure', { name: 'Series preview' });
  const plots = within(series).getAllByRole('img');
  expect(plots).toHaveLength(SERIES_SHOWN);
  const waves = await loadDataset('waves');
  const labels = integerLabels(waves.train, waves.targetShape[0]!);
  plots.forEach((plot, i) => {
    expect(plot.getAttribute('aria-label')).toBe(
      `Example ${i}, label ${waves.classNames![labels[i]!]}`,
    );
    // One feature: one line through every step.
    const lines = plot.querySelectorAll('polyline');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.getAttribute('points')!.split(' ')).toHaveLength(waves.inputShape[0]!);
  });
});

it('names forecast examples with their target', async () => {
  const preview = show('seasonal');
  const series = await within(preview).findByRole('figure', { name: 'Series preview' });
  const seasonal = await loadDataset('seasonal');
  const first = Number(seasonal.train.y[0]!.toPrecision(2));
  expect(within(series).getByRole('img', { name: `Example 0, target ${first}` })).toBeTruthy();
});

it('shows no series plots for points or images', async () => {
  const preview = show('xor');
  await within(preview).findAllByRole('button', { name: /^Example / });
  expect(within(preview).queryByRole('figure', { name: 'Series preview' })).toBeNull();
});

it('scales each feature to its own range, and leaves out values that are not finite', async () => {
  const dataset = await loadDataset('waves');
  // Two features over three steps: a rising line on 0 … 1, and a falling one on 0 … 1000.
  const page = {
    ...examplePage(dataset, 'train', [0]),
    inputShape: [3, 2],
    features: Float32Array.from([0, 1000, 0.5, NaN, 1, 0]),
  };
  const [rising, falling] = seriesLines(page, 0, 104, 24);
  expect(rising).toBe('2,22 52,12 102,2');
  expect(falling).toBe('2,2 102,22');
});
