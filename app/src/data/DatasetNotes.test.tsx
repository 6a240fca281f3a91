// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
/* eslint-disable no-restricted-imports -- the host's own code answers the page here */
import { DatasetExamples } from '../../../src/host/server/datasetExamples';
/* eslint-enable no-restricted-imports */
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import { decodeFrame, encodeFrame } from '../../../src/protocol/rendererCodec';
import { HostClient } from '../../../src/protocol/rendererClient';
import { hostStore } from '../host/hostStore';
import { resetStores } from '../test/resetStores';
import { DatasetPicker } from '../training/DatasetPicker';
import { hasFileNotes } from './DatasetNotes';

afterEach(() => {
  cleanup();
  resetStores();
});

/**
 * A client answered by the host's own handler, which loads the dataset as the trainer does; every
 * message crosses the socket's binary framing both ways.
 */
function connectHost(asked: string[]) {
  const examples = new DatasetExamples();
  const client: HostClient = new HostClient((request) => {
    if (request.type !== 'datasetExamples') throw new Error('unexpected request');
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
  hostStore.getState().connected(client);
}

describe('notes on the chosen dataset', () => {
  it('lists what loading the cars table did about its missing values', async () => {
    const asked: string[] = [];
    connectHost(asked);
    render(<DatasetPicker locked={false} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Dataset' }), {
      target: { value: 'cars' },
    });
    const notes = await screen.findByRole('list', { name: 'Notes on the data' });
    expect(notes.textContent).toMatch(/have no fuel economy and were left out/);
    expect(notes.textContent).toMatch(/no horsepower; it was filled with the median/);
    expect(asked).toEqual(['cars']);
  });

  it.each([
    { id: 'cars', asked: true },
    { id: 'mnist', asked: false },
    { id: 'xor', asked: false },
    { id: 'import-csv', asked: true },
    { id: 'embedded', asked: false },
  ])('asks the host about $id: $asked', ({ id, asked }) => {
    expect(hasFileNotes({ id })).toBe(asked);
  });
});
