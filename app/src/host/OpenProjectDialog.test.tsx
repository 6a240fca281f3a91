// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { HostReply, RendererRequest } from '../../../src/protocol/renderer';
import { HostClient } from '../../../src/protocol/rendererClient';
import { localeStore } from '../i18n';
import { hostStore } from './hostStore';
import { OpenProjectDialog } from './OpenProjectDialog';
import { askForProject, type ProjectChoice } from './projectPicker';

afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

/** A client answered by a host that knows one recent project and one in its folder. */
function connect() {
  const client: HostClient = new HostClient((request: RendererRequest) => {
    const reply = (message: HostReply) => queueMicrotask(() => client.receive(message));
    const { requestId } = request;
    if (request.type === 'listRecent')
      reply({
        v,
        type: 'recentList',
        requestId,
        entries: [
          { path: '/home/ada/nets/spiral.ncproj', name: 'Spiral', usedAt: '2025-01-01T00:00:00Z' },
        ],
      });
    if (request.type === 'listProjects')
      reply({
        v,
        type: 'projectList',
        requestId,
        folder: '/home/ada/NeuroCanvas',
        projects: [
          {
            path: '/home/ada/NeuroCanvas/lenet.ncproj',
            name: 'lenet',
            bytes: 1000,
            modifiedAt: '2025-01-01T00:00:00Z',
          },
        ],
        folders: ['/home/ada/NeuroCanvas'],
      });
  });
  hostStore.getState().connected(client);
}

/** Opens the dialog; the answer comes wrapped, since an async function would wait for it. */
async function ask(): Promise<{ choice: Promise<ProjectChoice> }> {
  let choice!: Promise<ProjectChoice>;
  act(() => {
    choice = askForProject();
  });
  await screen.findByRole('button', { name: 'lenet' });
  return { choice };
}

describe('the Open dialog', () => {
  it('lists recent projects and the projects folder, and answers with the one picked', async () => {
    connect();
    render(<OpenProjectDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const { choice } = await ask();
    expect(screen.getByRole('dialog', { name: 'Open a project' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spiral' }).title).toBe(
      '/home/ada/nets/spiral.ncproj',
    );
    fireEvent.click(screen.getByRole('button', { name: 'lenet' }));
    expect(await choice).toEqual({ kind: 'path', path: '/home/ada/NeuroCanvas/lenet.ncproj' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the browser’s file picker, and cancels with Cancel or Escape', async () => {
    connect();
    render(<OpenProjectDialog />);
    let { choice } = await ask();
    fireEvent.click(screen.getByRole('button', { name: 'Upload a file…' }));
    expect(await choice).toEqual({ kind: 'upload' });

    ({ choice } = await ask());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await choice).toBeNull();

    ({ choice } = await ask());
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(await choice).toBeNull();
  });

  it('speaks Russian when the interface does', async () => {
    localeStore.getState().setLocale('ru');
    connect();
    render(<OpenProjectDialog />);
    const { choice } = await ask();
    expect(screen.getByRole('dialog', { name: 'Открыть проект' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Недавние проекты' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Папка проектов' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Загрузить файл…' }));
    expect(await choice).toEqual({ kind: 'upload' });
  });
});
