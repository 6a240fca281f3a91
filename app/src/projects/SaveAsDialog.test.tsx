// @vitest-environment jsdom
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { HostReply, RendererRequest } from '../../../src/protocol/renderer';
import { HostClient } from '../../../src/protocol/rendererClient';
import { parseProject } from '../../../src/project';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { resetStores } from '../test/resetStores';
import { SaveAsDialog } from './SaveAsDialog';
import { askSaveName } from './saveAsQuestion';

afterEach(cleanup);
beforeEach(() => hostStore.getState().unavailable('No host in this test.'));

/** A host whose projects folder holds `Digits.ncproj`. */
function connect() {
  const client: HostClient = new HostClient((request: RendererRequest) => {
    const reply = (message: HostReply) => queueMicrotask(() => client.receive(message));
    if (request.type === 'listProjects')
      reply({
        v,
        type: 'projectList',
        requestId: request.requestId,
        folder: '/home/ada/NeuroCanvas/projects',
        projects: [
          {
            path: '/home/ada/NeuroCanvas/projects/Digits.ncproj',
            name: 'Digits',
            bytes: 10,
            modifiedAt: '2025-01-01T00:00:00Z',
          },
        ],
        folders: ['/home/ada/NeuroCanvas/projects'],
      });
  });
  hostStore.getState().connected(client);
}

function ask(current: string): Promise<string | null> {
  let answer!: Promise<string | null>;
  act(() => {
    answer = askSaveName(current);
  });
  return answer;
}

describe('the Save as dialog', () => {
  it('warns before replacing a project of the same name, and answers with the name typed', async () => {
    connect();
    render(<SaveAsDialog />);
    const answer = ask('Untitled');
    const field = await screen.findByRole('textbox', { name: 'Project name' });
    expect(document.activeElement).toBe(field);
    await screen.findByText(/Saved as Untitled.ncproj in \/home\/ada\/NeuroCanvas\/projects/);
    fireEvent.change(field, { target: { value: 'Digits' } });
    expect(
      screen.getByText(
        'Digits.ncproj already exists in /home/ada/NeuroCanvas/projects; saving replaces it.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    expect(await answer).toBe('Digits');
    expect(screen.queryByRole('dialog', { name: 'Save as' })).toBeNull();
  });

  it('refuses a blank name, says the browser downloads without a host, and cancels', async () => {
    render(<SaveAsDialog />);
    const answer = ask('Net');
    expect(screen.getByText('The browser downloads it as Net.ncproj.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Project name' }), {
      target: { value: '  ' },
    });
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('A project needs a name.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await answer).toBeNull();
  });

  it('downloads a copy without changing where the project is saved', async () => {
    connect();
    resetStores();
    const downloaded: { fileName: string; text: string }[] = [];
    const downloads = {
      open: async () => null,
      save: async (fileName: string, text: string) => void downloaded.push({ fileName, text }),
      saveAs: async () => undefined,
    };
    render(<SaveAsDialog downloads={downloads} />);
    const answer = ask('Test');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Project name' }), {
      target: { value: 'For Ada' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download a copy' }));
    expect(await answer).toBeNull();
    expect(downloaded.map((d) => d.fileName)).toEqual(['For Ada.ncproj']);
    const read = parseProject(downloaded[0]!.text);
    expect(read.ok && read.project.name).toBe('For Ada');
    expect(documentStore.getState().project.name).toBe('Test');
    expect(uiStore.getState().notice?.text).toBe('Downloaded For Ada.ncproj.');
  });
});
