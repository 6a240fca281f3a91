// @vitest-environment jsdom
/**
 * The import dialog in Russian, against the host's real importer: its controls are named in
 * Russian, and a fault in the file comes back by code and is worded in Russian, naming the line.
 */
/* eslint-disable no-restricted-imports -- the host's own code answers the page here */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataImports } from '../../../src/host/server/dataImports';
import type { AccessError } from '../../../src/host/server/projectAccess';
/* eslint-enable no-restricted-imports */
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { RendererRequest } from '../../../src/protocol/renderer';
import { HostClient } from '../../../src/protocol/rendererClient';
import { parseRendererRequest } from '../../../src/protocol/rendererParse';
import { localeStore } from '../i18n';
import { resetStores } from '../test/resetStores';
import { ImportDataDialog } from './ImportDataDialog';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-import-ru-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => {
  cleanup();
  resetStores();
  localeStore.getState().setLocale('en');
});

/** A page whose import requests the real importer answers, failures included. */
function connect(): HostClient {
  const imports = new DataImports(dir);
  const client: HostClient = new HostClient((request: RendererRequest) => {
    const parsed = parseRendererRequest(request);
    if (!parsed.ok || parsed.message.type !== 'importData') throw new Error('unexpected');
    const { requestId } = parsed.message;
    imports.run(parsed.message).then(
      (result) => client.receive({ v, type: 'dataImported', requestId, ...result }),
      (e: AccessError) =>
        client.receive({
          v,
          type: 'failed',
          requestId,
          kind: e.kind,
          message: e.message,
          ...(e.problem ? { problem: e.problem } : {}),
        }),
    );
  });
  return client;
}

async function preview(csv: string, badRows: string) {
  const dialog = screen.getByRole('dialog', { name: 'Импорт данных' });
  const file = new File([csv], 'flowers.csv', { type: 'text/csv' });
  await act(async () => {
    fireEvent.change(within(dialog).getByLabelText('Файл CSV'), { target: { files: [file] } });
  });
  fireEvent.change(within(dialog).getByRole('combobox', { name: 'Некорректные строки' }), {
    target: { value: badRows },
  });
  const button = within(dialog).getByRole('button', { name: 'Просмотр' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  fireEvent.click(button);
  return dialog;
}

describe('Import data dialog in Russian', () => {
  it('names a malformed line in Russian when told to stop at it', async () => {
    localeStore.getState().setLocale('ru');
    render(<ImportDataDialog client={connect()} onClose={() => undefined} />);
    const dialog = await preview('petal,kind\n1,iris\n2,rose\n3,"iris\n', 'stop');
    const alert = await within(dialog).findByRole('alert', undefined, { timeout: 5_000 });
    expect(alert.textContent).toMatch(/^Строка 4 некорректна: .+\. Исправьте эту строку/);
  });

  it('previews a good file with Russian headings and counts', async () => {
    localeStore.getState().setLocale('ru');
    render(<ImportDataDialog client={connect()} onClose={() => undefined} />);
    const rows = Array.from({ length: 10 }, (_, i) => `${i},${i % 2 ? 'iris' : 'rose'}`);
    const dialog = await preview(`petal,kind\n${rows.join('\n')}\n`, 'skip');
    const columns = await within(dialog).findByRole(
      'table',
      { name: 'Столбцы' },
      { timeout: 5_000 },
    );
    expect(within(columns).getByRole('columnheader', { name: 'Роль' })).toBeTruthy();
    expect(within(columns).getAllByRole('cell', { name: 'вход' })).toHaveLength(1);
    const summary = within(dialog).getByRole('region', { name: 'Просмотр' });
    expect(summary.textContent).toMatch(
      /8 обучающих и 2 тестовых примера, входы \[1\], 2 класса\./,
    );
    expect(within(dialog).getByRole('button', { name: 'Использовать для обучения' })).toBeTruthy();
  });
});
