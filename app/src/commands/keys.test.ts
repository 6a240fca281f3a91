import { describe, expect, it } from 'vitest';
import { commandForKey, commands, type KeyInput } from './index';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  const cases: { press: string; input: KeyInput; command: string | undefined }[] = [
    { press: 'Ctrl+Z', input: key('z', { ctrlKey: true }), command: 'undo' },
    { press: '⌘Z', input: key('z', { metaKey: true }), command: 'undo' },
    { press: 'Ctrl+Shift+Z', input: key('Z', { ctrlKey: true, shiftKey: true }), command: 'redo' },
    { press: 'Ctrl+Y', input: key('y', { ctrlKey: true }), command: 'redo' },
    { press: 'Delete', input: key('Delete'), command: 'deleteSelection' },
    { press: 'Backspace', input: key('Backspace'), command: 'deleteSelection' },
    { press: 'Ctrl+D', input: key('d', { ctrlKey: true }), command: 'duplicate' },
    { press: 'Ctrl+C', input: key('c', { ctrlKey: true }), command: 'copy' },
    { press: 'Ctrl+V', input: key('v', { ctrlKey: true }), command: 'paste' },
    { press: 'Ctrl+A', input: key('a', { ctrlKey: true }), command: 'selectAll' },
    { press: 'Ctrl+S', input: key('s', { ctrlKey: true }), command: 'saveProject' },
    { press: 'Ctrl+O', input: key('o', { ctrlKey: true }), command: 'openProject' },
    {
      press: 'Ctrl+Shift+S',
      input: key('S', { ctrlKey: true, shiftKey: true }),
      command: 'saveProjectAs',
    },
    {
      press: 'Ctrl+Shift+L',
      input: key('L', { ctrlKey: true, shiftKey: true }),
      command: 'autoLayout',
    },
    { press: 'Shift+1', input: key('!', { shiftKey: true, code: 'Digit1' }), command: 'fitView' },
    {
      press: 'Ctrl+Shift+D',
      input: key('D', { ctrlKey: true, shiftKey: true }),
      command: 'toggleTheme',
    },
    { press: 'C alone', input: key('c'), command: 'connectTo' },
    { press: 'z alone', input: key('z'), command: undefined },
    { press: 'Ctrl+Alt+Z', input: key('z', { ctrlKey: true, altKey: true }), command: undefined },
    { press: 'Ctrl+Backspace', input: key('Backspace', { ctrlKey: true }), command: undefined },
  ];
  it.each(cases)('$press runs $command', ({ input, command }) => {
    expect(commandForKey(input)?.name).toBe(command);
  });

  it('gives no two commands the same shortcut', () => {
    const shortcuts = commands.flatMap((c) => (c.shortcut ? [c.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });
});
