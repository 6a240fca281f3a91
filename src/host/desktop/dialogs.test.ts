import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import {
  openDialogOptions,
  saveDialogOptions,
  showChoice,
  suggestedFileName,
  type DialogLike,
} from './dialogs';

describe('suggestedFileName', () => {
  it.each([
    ['Digits', 'Digits.ncproj'],
    ['a/b\\c:d', 'a b c d.ncproj'],
    ['  ', 'Untitled.ncproj'],
    ['..', 'Untitled.ncproj'],
    ['x'.repeat(300), `${'x'.repeat(120)}.ncproj`],
  ])('%j → %j', (name, file) => expect(suggestedFileName(name)).toBe(file));
});

function fakeDialog(answer: {
  canceled: boolean;
  filePaths?: readonly string[];
  filePath?: string;
}) {
  const calls: { how: string; window: string; options: unknown }[] = [];
  const dialog: DialogLike<string> = {
    showOpenDialog: async (window, options) => {
      calls.push({ how: 'open', window, options });
      return { canceled: answer.canceled, filePaths: [...(answer.filePaths ?? [])] };
    },
    showSaveDialog: async (window, options) => {
      calls.push({ how: 'save', window, options });
      return answer.filePath === undefined
        ? { canceled: answer.canceled }
        : { canceled: answer.canceled, filePath: answer.filePath };
    },
  };
  return { dialog, calls };
}

const en = translator('en');

describe('showChoice', () => {
  it('opens a project file through an open dialog showing project files', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/p/a.ncproj'] });
    expect(await showChoice(dialog, 'win', { kind: 'openProject' }, '/data/projects', en)).toEqual({
      path: '/p/a.ncproj',
      kind: 'projectFile',
    });
    expect(calls).toEqual([
      {
        how: 'open',
        window: 'win',
        options: openDialogOptions('openProject', '/data/projects', en),
      },
    ]);
    expect(openDialogOptions('openProject', '/d', en)).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['ncproj'] }],
    });
  });

  it('titles and labels the dialogs in Russian when the page speaks Russian', () => {
    const ru = translator('ru');
    expect(openDialogOptions('openProject', '/d', ru)).toMatchObject({
      title: 'Открыть проект',
      buttonLabel: 'Открыть',
      filters: [{ name: 'Проект NeuroCanvas' }],
    });
    expect(saveDialogOptions('Digits', '/d', ru)).toMatchObject({
      title: 'Сохранить проект',
      buttonLabel: 'Сохранить',
    });
    expect(openDialogOptions('exportFolder', '/d', ru).title).toBe('Экспорт в папку');
  });

  it.each([
    ['/p/Digits.ncproj', '/p/Digits.ncproj'],
    ['/p/Digits', '/p/Digits.ncproj'],
    ['/p/Digits.NCPROJ', '/p/Digits.NCPROJ'],
  ])('saves to %s as %s', async (picked, path) => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePath: picked });
    const chosen = await showChoice(dialog, 'w', { kind: 'saveProject', name: 'Digits' }, '/d', en);
    expect(chosen).toEqual({ path, kind: 'projectFile' });
    expect(calls).toEqual([
      { how: 'save', window: 'w', options: saveDialogOptions('Digits', '/d', en) },
    ]);
    expect(calls[0]?.options).toMatchObject({ defaultPath: '/d/Digits.ncproj' });
  });

  it('chooses a folder for an export', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/out'] });
    expect(await showChoice(dialog, 'w', { kind: 'exportFolder' }, '/d', en)).toEqual({
      path: '/out',
      kind: 'folder',
    });
    expect(calls[0]?.options).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  });

  it.each([
    [{ kind: 'openProject' }, { canceled: true, filePaths: ['/p/a.ncproj'] }],
    [{ kind: 'openProject' }, { canceled: false, filePaths: [] }],
    [
      { kind: 'saveProject', name: 'x' },
      { canceled: true, filePath: '/p/a.ncproj' },
    ],
    [
      { kind: 'saveProject', name: 'x' },
      { canceled: false, filePath: '' },
    ],
    [{ kind: 'exportFolder' }, { canceled: true, filePaths: ['/out'] }],
  ] as const)('is null when the user cancels %j', async (choice, answer) => {
    const { dialog } = fakeDialog(answer as Parameters<typeof fakeDialog>[0]);
    expect(await showChoice(dialog, 'w', choice, '/d', en)).toBeNull();
  });
});
