// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
/* eslint-disable no-restricted-imports -- the host's own code answers the page here */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importData } from '../../../src/data/node/import/importData';
import { DatasetExamples } from '../../../src/host/server/datasetExamples';
/* eslint-enable no-restricted-imports */
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import { decodeFrame, encodeFrame } from '../../../src/protocol/rendererCodec';
import { HostClient } from '../../../src/protocol/rendererClient';
import { importedRef } from '../../../src/data/import/refs';
import { parseProject, serializeProject } from '../../../src/project';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
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

  it('shows the notes an embedded import keeps in the project, asking the host nothing', async () => {
    const asked: string[] = [];
    connectHost(asked);
    // A real CSV import with a row that lacks a value, which the import drops and notes.
    const folder = await mkdtemp(join(tmpdir(), 'neurocanvas-embedded-notes-'));
    const path = join(folder, 'points.csv');
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${i % 3 === 0 ? '' : i * 2},${i % 2}`);
    await writeFile(path, ['a,b,label', ...rows].join('\n'));
    const imported = await importData('csv', path, {});
    await rm(folder, { recursive: true, force: true });
    const notes = imported.report.notes;
    expect(notes.join(' ')).toMatch(/missing/);
    const ref = importedRef('csv', path, {}, imported.dataset);
    // Saved and opened again, as a classroom project file travels.
    const opened = parseProject(
      serializeProject({ ...documentStore.getState().project, dataset: ref }),
    );
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.project.dataset?.data?.notes).toEqual(notes);
    act(() => documentStore.getState().load(opened.project));
    render(<DatasetPicker locked={false} />);
    const list = screen.getByRole('list', { name: 'Notes on the data' });
    expect(Array.from(list.querySelectorAll('li'), (li) => li.textContent)).toEqual(notes);
    expect(asked).toEqual([]);
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
