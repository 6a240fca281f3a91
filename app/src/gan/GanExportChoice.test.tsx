// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { gan2d } from '../../../src/lessons/gan';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { RendererRequest, RendererRequestOf } from '../../../src/protocol/renderer';
import { HostClient } from '../../../src/protocol/rendererClient';
import { ExportDialog } from '../export/ExportDialog';
import { exportDialogStore } from '../export/exportDialogStore';
import { hostStore } from '../host/hostStore';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';

let requests: RendererRequest[] = [];

beforeEach(() => {
  localeStore.getState().setLocale('en');
  requests = [];
  const client: HostClient = new HostClient((request) => {
    requests.push(request);
    if (request.type === 'checkExport')
      queueMicrotask(() =>
        client.receive({
          v,
          type: 'exportChecked',
          requestId: request.requestId,
          targets: [{ target: 'pytorch', available: true, unsupported: [] }],
        }),
      );
  });
  hostStore.getState().connected(client);
  act(() => documentStore.getState().load(gan2d.template.create()));
});
afterEach(() => {
  cleanup();
  act(() => exportDialogStore.getState().close());
});

const sentGraphs = (type: 'checkExport' | 'exportModel') =>
  requests
    .filter((r): r is RendererRequestOf<typeof type> => r.type === type)
    .map((r) => r.project.graph.nodes.map((n) => n.id));

it('exports the generator alone by default, or the part the user chooses', async () => {
  act(() => exportDialogStore.getState().show());
  render(<ExportDialog />);
  const group = await screen.findByRole('group', { name: 'What to export' });
  expect(group).toBeTruthy();
  const generator = screen.getByRole('radio', { name: /The generator alone/ }) as HTMLInputElement;
  expect(generator.checked).toBe(true);
  await screen.findByRole('radio', { name: 'PyTorch (Python)' });
  expect(sentGraphs('checkExport').at(-1)).toEqual([
    'noise',
    'g_hidden_1',
    'g_hidden_2',
    'point',
    'generated',
  ]);

  fireEvent.click(screen.getByRole('radio', { name: /Both, side by side/ }));
  await screen.findByRole('radio', { name: 'PyTorch (Python)' });
  expect(sentGraphs('checkExport').at(-1)).toHaveLength(10);
  fireEvent.click(screen.getByRole('button', { name: 'Export' }));
  expect(sentGraphs('exportModel').at(-1)).toHaveLength(10);
});
