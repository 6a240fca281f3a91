import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_CATALOG } from '../../../src/commands/catalog';
import type { HostClient } from '../../../src/protocol/rendererClient';
import { hostStore } from '../host/hostStore';
import { trainingStore } from '../stores/trainingStore';
import { commandForKey, commands, getCommand, isEnabled, type KeyInput } from './index';
import { testContext } from './testing/testContext';

/** The key press a shortcut as users read it ('Ctrl+Shift+S', 'Shift+1', 'C') stands for. */
function pressFor(shortcut: string): KeyInput {
  const parts = shortcut.split('+');
  const key = parts.at(-1)!;
  const shiftKey = parts.includes('Shift');
  const digit = /^\d$/.test(key);
  return {
    key: key.length === 1 && !digit ? (shiftKey ? key.toUpperCase() : key.toLowerCase()) : key,
    ...(digit ? { code: `Digit${key}` } : {}),
    ctrlKey: parts.includes('Ctrl'),
    metaKey: false,
    shiftKey,
    altKey: false,
  };
}

describe('the command catalog and the commands the app runs', () => {
  it('list the same commands, in the same order, with the same shortcuts', () => {
    expect(commands.map((c) => [c.name, c.shortcut])).toEqual(
      COMMAND_CATALOG.map((c) => [c.name, 'shortcut' in c ? c.shortcut : undefined]),
    );
  });

  it.each(COMMAND_CATALOG.filter((c) => 'shortcut' in c))(
    "$name answers to its shortcut, as the menu's accelerator shows it",
    (entry) => {
      const shortcut = (entry as { shortcut: string }).shortcut;
      expect(commandForKey(pressFor(shortcut))?.name).toBe(entry.name);
      // ⌘ on macOS is the same shortcut.
      if (shortcut.startsWith('Ctrl+')) {
        const press = { ...pressFor(shortcut), ctrlKey: false, metaKey: true };
        expect(commandForKey(press)?.name).toBe(entry.name);
      }
    },
  );
});

describe('the Train commands', () => {
  afterEach(() => {
    hostStore.getState().connecting();
    trainingStore.setState({ status: 'idle' });
  });

  const enabled = (name: string) => isEnabled(getCommand(name), testContext().ctx);
  const train = ['startTraining', 'pauseOrResumeTraining', 'stepTraining', 'stopTraining'];

  it('are all off while the page has no host', () => {
    hostStore.getState().unavailable('No host.');
    expect(train.map(enabled)).toEqual([false, false, false, false]);
  });

  it.each([
    ['idle', [true, false, false, false]],
    ['running', [false, true, false, true]],
    ['paused', [false, true, true, true]],
    ['stopping', [false, false, false, false]],
  ] as const)('follow the training panel while %s', (status, expected) => {
    hostStore.getState().connected({} as HostClient);
    trainingStore.setState({ status });
    expect(train.map(enabled)).toEqual(expected);
  });
});
