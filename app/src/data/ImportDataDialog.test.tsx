// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { HostReply, RendererRequest } from '../../../src/protocol/renderer';
import { HostClient } from '../../../src/protocol/rendererClient';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';
import { DatasetPicker } from '../training/DatasetPicker';

afterEach(() => {
  cleanup();
  resetStores();
});

const report = {
  kind: 'csv' as const,
  name: 'flowers.csv',
  task: 'classification' as const,
  inputShape: [2],
  targetShape: [2],
  train: 8,
  test: 2,
  notes: ["Column 'petal' is missing 1 value (line 4); that row was dropped."],
  balance: { classNames: ['iris', 'rose'], train: [4, 4], test: [1, 1] },
  columns: [
    {
      name: 'petal',
      kind: 'numeric' as const,
      role: 'feature' as const,
      missing: 1,
      textCells: 0,
      distinct: 9,
      min: 1,
      max: 9,
      mean: 5,
      std: 2,
    },
    {
      name: 'kind',
      kind: 'categorical' as const,
      role: 'target' as const,
      missing: 0,
      textCells: 0,
      distinct: 2,
      top: [{ value: 'iris', count: 5 }],
    },
  ],
  features: ['petal'],
  preview: { header: ['petal', 'kind'], rows: [['1', 'iris']] },
};
const data = {
  name: 'flowers.csv',
  task: 'classification' as const,
  inputShape: [2],
  targetShape: [2],
  classNames: ['iris', 'rose'],
  train: { x: new Float32Array(2), y: new Float32Array([1, 0]), count: 1 },
  test: { x: new Float32Array(2), y: new Float32Array([0, 1]), count: 1 },
};

/** A host that answers imports as the real one does, recording what it was sent. */
function connectHost(): RendererRequest[] {
  const sent: RendererRequest[] = [];
  const client: HostClient = new HostClient((request: RendererRequest) => {
    sent.push(request);
    const reply: HostReply = {
      v,
      type: 'dataImported',
      requestId: request.requestId!,
      upload: '6f1c1d52-8a5e-4a55-9c43-0d1f0f7c9a11',
      report,
      dataset: { id: 'embedded', options: { source: 'csv' }, data },
    };
    queueMicrotask(() => client.receive(reply));
  });
  hostStore.getState().connected(client);
  return sent;
}

describe('Import data dialog', () => {
  it('uploads the chosen CSV, shows the preview and uses the dataset for training', async () => {
    const sent = connectHost();
    render(<DatasetPicker locked={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import data' });
    expect(within(dialog).getByRole('button', { name: 'Preview' })).toHaveProperty(
      'disabled',
      true,
    );

    const file = new File(['petal,kind\n1,iris\n'], 'flowers.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(within(dialog).getByLabelText('CSV file'), { target: { files: [file] } });
    });
    const previewButton = within(dialog).getByRole('button', { name: 'Preview' });
    await waitFor(() => expect(previewButton).toHaveProperty('disabled', false));
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Missing values' }), {
      target: { value: 'impute' },
    });
    fireEvent.click(previewButton);
    await within(dialog).findByRole('table', { name: 'Columns' });

    const request = sent[0] as Extract<RendererRequest, { type: 'importData' }>;
    expect(request.kind).toBe('csv');
    expect(request.options).toEqual({
      normalize: 'standardize',
      missing: 'impute',
      badRows: 'skip',
    });
    expect(new TextDecoder().decode(request.files![0]!.bytes)).toBe('petal,kind\n1,iris\n');

    const columns = within(dialog).getByRole('table', { name: 'Columns' });
    expect(within(columns).getByRole('rowheader', { name: 'petal' })).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Notes' }).textContent).toMatch(/line 4/);
    const balance = within(dialog).getByRole('table', { name: 'Class balance' });
    expect(within(balance).getAllByRole('row')).toHaveLength(3);
    // The target can now be chosen among the columns found.
    expect(within(dialog).getByRole('option', { name: 'kind' })).toBeTruthy();

    // The canvas is blank, so a starter model shaped for the data is offered, and taken.
    expect(within(dialog).getByRole('checkbox', { name: /Add a starter model/ })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Use for training' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(documentStore.getState().project.dataset?.data?.name).toBe('flowers.csv');
    const graph = documentStore.getState().project.graph;
    expect(graph.nodes.map((n) => n.type)).toEqual(['Input', 'Dense', 'Dense', 'Output']);
    expect(graph.nodes[0]!.params).toMatchObject({ shape: [2] });
    expect(screen.getByRole('combobox', { name: 'Dataset' })).toHaveProperty('value', 'embedded');
    expect(screen.getByText(/Imported: 2 classes, inputs/)).toBeTruthy();
  });

  it('says when there is no host to import with', () => {
    hostStore.getState().unavailable('No host here.');
    render(<DatasetPicker locked={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import data…' }));
    expect(screen.getByRole('alert').textContent).toMatch(/needs the NeuroCanvas host/);
  });
});
