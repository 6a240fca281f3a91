// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { HostReply, RendererRequest } from '../../../src/protocol/renderer';
import { HostClient } from '../../../src/protocol/rendererClient';
import { chain } from '../../../src/graph/testing/build';
import { newProject } from '../../../src/project';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
import { exportModel } from './exportCommand';
import { ExportDialog } from './ExportDialog';
import { exportDialogStore } from './exportDialogStore';
import { chooseExportFoldersWith } from './folderChooser';

afterEach(() => {
  cleanup();
  act(() => exportDialogStore.getState().close());
});

const FOLDER = '/home/ada/.config/NeuroCanvas/exports/Digits-tfjs';

/**
 * A host that answers as the real one does for a model with a layer Keras cannot take; it holds
 * the export's answer until the test lets it go, so the progress can be seen.
 */
function connect(options: { failExport?: string } = {}) {
  const requests: RendererRequest[] = [];
  let release: () => void = () => undefined;
  const client: HostClient = new HostClient((request: RendererRequest) => {
    requests.push(request);
    const reply = (message: HostReply) => queueMicrotask(() => client.receive(message));
    const { requestId } = request;
    if (request.type === 'checkExport')
      reply({
        v,
        type: 'exportChecked',
        requestId,
        targets: [
          { target: 'tfjs', available: true, unsupported: [] },
          {
            target: 'keras',
            available: true,
            unsupported: [
              { layerName: 'odd_1', className: 'Wobble', reason: 'Keras has no Wobble layer' },
            ],
          },
          { target: 'pytorch', available: false, reason: 'Not part of this version.' },
          { target: 'onnx', available: true, unsupported: [] },
        ],
      });
    if (request.type === 'exportModel')
      release = () =>
        reply(
          options.failExport
            ? { v, type: 'failed', requestId, kind: 'failed', message: options.failExport }
            : {
                v,
                type: 'modelExported',
                requestId,
                target: request.target,
                folder: FOLDER,
                files: [
                  { path: 'model.json', bytes: 900 },
                  { path: 'weights.bin', bytes: 4000 },
                ],
              },
        );
  });
  hostStore.getState().connected(client);
  return { requests, release: () => release() };
}

beforeEach(() => {
  act(() =>
    documentStore.getState().load({
      ...newProject('Digits'),
      graph: chain(['Input', { shape: [2] }], ['Dense', { units: 2 }], 'Output'),
    }),
  );
});

describe('the Export dialog', () => {
  it('opens from its command and shortcut', () => {
    expect(
      exportModel.keyTest!({
        key: 'E',
        ctrlKey: true,
        shiftKey: true,
        metaKey: false,
        altKey: false,
      }),
    ).toBe(true);
    expect(
      exportModel.keyTest!({
        key: 'e',
        ctrlKey: true,
        shiftKey: false,
        metaKey: false,
        altKey: false,
      }),
    ).toBe(false);
    connect();
    render(<ExportDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => void exportModel.perform({} as never));
    expect(screen.getByRole('dialog', { name: 'Export the model' })).toBeTruthy();
  });

  it('lists what each target cannot express, keeps the others available, and exports', async () => {
    const host = connect();
    render(<ExportDialog />);
    act(() => exportDialogStore.getState().show());

    const tfjs = await screen.findByRole('radio', { name: 'TensorFlow.js' });
    expect((tfjs as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('radio', { name: 'Keras (Python)' }) as HTMLInputElement).disabled,
    ).toBe(true);
    const kerasList = screen.getByRole('list', { name: 'Layers Keras (Python) cannot express' });
    expect(within(kerasList).getByText('odd_1 (Wobble): Keras has no Wobble layer')).toBeTruthy();
    expect(
      (screen.getByRole('radio', { name: 'PyTorch (Python)' }) as HTMLInputElement).disabled,
    ).toBe(true);
    expect(screen.getByText('Not part of this version.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'ONNX' }) as HTMLInputElement).disabled).toBe(false);

    fireEvent.click(screen.getByRole('radio', { name: 'ONNX' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Folder' }), {
      target: { value: 'mine' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Replace the folder if it holds files' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));

    expect(await screen.findByRole('progressbar', { name: 'Exporting' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    const sent = host.requests.find((r) => r.type === 'exportModel');
    expect(sent).toMatchObject({ target: 'onnx', folder: 'mine', replace: true });
    expect(sent && 'project' in sent && sent.project.name).toBe('Digits');

    act(() => host.release());
    expect(await screen.findByText(FOLDER)).toBeTruthy();
    expect(screen.getByText(/Exported 2 files for ONNX to:/)).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Files' })).getByText('weights.bin'),
    ).toBeTruthy();

    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy folder path' }));
    expect(await screen.findByText('Copied.')).toBeTruthy();
    expect(copied).toBe(FOLDER);

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the system folder dialog only where there is one, and exports to what it chose', async () => {
    const host = connect();
    render(<ExportDialog />);
    act(() => exportDialogStore.getState().show());
    await screen.findByRole('radio', { name: 'TensorFlow.js' });
    expect(screen.queryByRole('button', { name: 'Choose folder…' })).toBeNull();
    act(() => exportDialogStore.getState().close());

    chooseExportFoldersWith(async () => '/home/ada/models');
    try {
      act(() => exportDialogStore.getState().show());
      await screen.findByRole('radio', { name: 'TensorFlow.js' });
      fireEvent.click(screen.getByRole('button', { name: 'Choose folder…' }));
      const field = screen.getByRole('textbox', { name: 'Folder' }) as HTMLInputElement;
      await vi.waitFor(() => expect(field.value).toBe('/home/ada/models'));
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      await vi.waitFor(() =>
        expect(host.requests.find((r) => r.type === 'exportModel')).toMatchObject({
          folder: '/home/ada/models',
        }),
      );
    } finally {
      chooseExportFoldersWith(null);
    }
  });

  it('says why an export failed', async () => {
    const host = connect({
      failExport: '/tmp/x already holds files; choose an empty or new folder.',
    });
    render(<ExportDialog />);
    act(() => exportDialogStore.getState().show());
    await screen.findByRole('radio', { name: 'TensorFlow.js' });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    act(() => host.release());
    expect((await screen.findByRole('alert')).textContent).toMatch(/already holds files/);
  });

  it('without a host, says that exporting needs one', () => {
    hostStore.getState().unavailable('No host.');
    render(<ExportDialog />);
    act(() => exportDialogStore.getState().show());
    expect(screen.getByText(/Exporting needs the NeuroCanvas host/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
