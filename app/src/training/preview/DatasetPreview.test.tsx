// @vitest-environment jsdom
import '../../test/canvasShim';
import '../../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/data/registry';
import { integerLabels } from '../../../../src/data/labels';
import { chain } from '../../../../src/graph/testing/build';
// eslint-disable-next-line no-restricted-imports -- the host's own handler answers the page here
import { DatasetExamples } from '../../../../src/host/server/datasetExamples';
import { PROTOCOL_VERSION as v } from '../../../../src/protocol';
import { decodeFrame, encodeFrame } from '../../../../src/protocol/rendererCodec';
import { HostClient } from '../../../../src/protocol/rendererClient';
import { trainerMessages } from '../../../../src/protocol/testing/messages';
import { hostStore } from '../../host/hostStore';
import { documentStore } from '../../stores/documentStore';
import { probeStore } from '../../stores/trainingProbe';
import { resetStores } from '../../test/resetStores';
import { connectPanel } from '../testing/panelHarness';
import { TrainingPanel } from '../TrainingPanel';
import { PAGE_SIZE } from './DatasetPreview';

const xorModel = () =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 8, activation: 'tanh' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

let detach: () => void = () => undefined;
beforeEach(() => {
  resetStores(xorModel());
  probeStore.setState({ datasetKey: null, index: 0 });
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

describe('the preview of a 2-D set', () => {
  it('draws the examples here, with their labels, and a scatter plot', async () => {
    const harness = connectPanel();
    detach = harness.detach;
    const preview = show('xor');
    expect(within(preview).getByRole('img', { name: 'Dataset scatter plot' })).toBeTruthy();
    const buttons = await within(preview).findAllByRole('button', { name: /^Example \d+, label / });
    expect(buttons).toHaveLength(PAGE_SIZE);
    const xor = await loadDataset('xor');
    const labels = integerLabels(xor.train, 2);
    expect(buttons[12]!.getAttribute('aria-label')).toBe(
      `Example 12, label ${xor.classNames![labels[12]!]}`,
    );
    // Nothing was asked of the host: the page draws the synthetic sets itself.
    expect(harness.sent).toEqual([]);
    expect(within(preview).getByText(`1–24 of ${xor.train.count}`)).toBeTruthy();
  });

  it('makes the clicked example the probe, for the next run and for the run under way', async () => {
    const harness = connectPanel();
    detach = harness.detach;
    const preview = show('xor');
    const example = (n: number) =>
      within(preview).getByRole('button', { name: new RegExp(`^Example ${n}, `) });
    await within(preview).findAllByRole('button', { name: /^Example / });
    expect(example(0).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(example(5));
    expect(example(5).getAttribute('aria-pressed')).toBe('true');
    expect(example(0).getAttribute('aria-pressed')).toBe('false');
    expect(harness.trainerSent()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(harness.trainerSent()[0]).toMatchObject({ type: 'start', streams: { probeIndex: 5 } });
    harness.say(trainerMessages().started);

    // The next page, and an example there, picked while the run trains.
    fireEvent.click(within(preview).getByRole('button', { name: 'Next examples' }));
    await within(preview).findByRole('button', { name: /^Example 30, / });
    fireEvent.click(example(30));
    expect(harness.trainerSent().at(-1)).toMatchObject({ type: 'setProbe', probeIndex: 30 });
    expect(example(30).getAttribute('aria-pressed')).toBe('true');
  });

  it('forgets the probe of another dataset', async () => {
    probeStore.getState().choose({ id: 'spiral' }, 9);
    const preview = show('xor');
    const first = await within(preview).findByRole('button', { name: /^Example 0, / });
    expect(first.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the preview of the MNIST sample', () => {
  /**
   * A client answered by the host's own handler, which reads the sample from disk; every message
   * crosses the socket's binary framing both ways. (The socket itself is tested in the host's own
   * tests; jsdom cannot start the host's trainer module.)
   */
  function hostClient(asked: string[]) {
    const examples = new DatasetExamples();
    const client = new HostClient((request) => {
      const decoded = decodeFrame(encodeFrame(request) as Uint8Array);
      if (!decoded.ok || request.type !== 'datasetExamples') throw new Error('unexpected request');
      asked.push(request.dataset.id);
      void examples.page(request).then((page) => {
        const frame = encodeFrame({
          v,
          type: 'datasetExamplesPage',
          requestId: request.requestId,
          ...page,
        });
        const back = decodeFrame(frame);
        act(() => client.receive(back.ok ? back.value : null));
      });
    });
    return client;
  }

  it('says why without a host (before any page was read)', async () => {
    hostStore.getState().unavailable('No host here.');
    const preview = show('mnist-sample');
    expect(await within(preview).findByText(/connect to it to see them/)).toBeTruthy();
  });

  it('asks the host for the digits, and shows them labelled', async () => {
    const asked: string[] = [];
    hostStore.getState().connected(hostClient(asked));
    const preview = show('mnist-sample');
    const buttons = await within(preview).findAllByRole(
      'button',
      { name: /^Example \d+, label \d$/ },
      { timeout: 10_000 },
    );
    expect(asked).toEqual(['mnist-sample']);
    expect(buttons).toHaveLength(PAGE_SIZE);
    expect(within(preview).getByText('1–24 of 8,000')).toBeTruthy();
    expect(within(preview).queryByRole('img', { name: 'Dataset scatter plot' })).toBeNull();
  });
});
