import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import {
  closeAnswer,
  closeDecision,
  guardClose,
  unsavedChangesQuestion,
  type CloseAnswer,
} from './filesClosing';

describe('closing with unsaved changes', () => {
  it.each([
    [{ unsaved: false, answered: false }, 'close'],
    [{ unsaved: true, answered: false }, 'ask'],
    [{ unsaved: true, answered: true }, 'close'],
    [{ unsaved: false, answered: true }, 'close'],
  ] as const)('%j → %s', (state, decision) => {
    expect(closeDecision(state)).toBe(decision);
  });

  it('asks about the project by name, with Save first and Cancel on Escape', () => {
    const box = unsavedChangesQuestion('MNIST digits', translator('en'));
    expect(box.message).toBe('Save the changes to MNIST digits before closing?');
    expect(box.buttons[box.defaultId]).toBe('&Save');
    expect(box.buttons[box.cancelId]).toBe('Cancel');
    expect(box.buttons.map((_, i) => closeAnswer(i))).toEqual(['save', 'discard', 'cancel']);
  });

  it('asks in Russian, also about a project the page has not named yet', () => {
    const ru = translator('ru');
    const box = unsavedChangesQuestion('Цифры', ru);
    expect(box.message).toBe('Сохранить изменения в проекте «Цифры» перед закрытием?');
    expect(box.buttons).toEqual(['&Сохранить', '&Не сохранять', 'Отмена']);
    expect(unsavedChangesQuestion('', ru).message).toBe(
      'Сохранить изменения в этом проекте перед закрытием?',
    );
    expect(unsavedChangesQuestion('', translator('en')).message).toBe(
      'Save the changes to this project before closing?',
    );
  });

  it.each([-1, 3, 1.5, Number.NaN])('keeps the work for an unexpected response %s', (response) => {
    expect(closeAnswer(response)).toBe('cancel');
  });
});

describe('guardClose', () => {
  /** A window as far as closing goes: `close` fires the event, and closes unless prevented. */
  class FakeWindow extends EventEmitter {
    closed = false;
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.closed = true;
    }
  }

  async function closing(unsaved: boolean, answer: CloseAnswer, saves = true) {
    const window = new FakeWindow();
    const calls: string[] = [];
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    guardClose(window, {
      isUnsaved: () => unsaved,
      ask: async () => {
        calls.push('ask');
        setTimeout(settle, 0);
        return answer;
      },
      save: async () => {
        calls.push('save');
        return saves;
      },
    });
    window.close();
    if (unsaved) await settled;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { closed: window.closed, calls };
  }

  it.each([
    { unsaved: false, answer: 'cancel', saves: true, closed: true, calls: [] },
    { unsaved: true, answer: 'save', saves: true, closed: true, calls: ['ask', 'save'] },
    { unsaved: true, answer: 'save', saves: false, closed: false, calls: ['ask', 'save'] },
    { unsaved: true, answer: 'discard', saves: true, closed: true, calls: ['ask'] },
    { unsaved: true, answer: 'cancel', saves: true, closed: false, calls: ['ask'] },
  ] as const)(
    'unsaved $unsaved, answered $answer (save works: $saves): closed $closed',
    async ({ unsaved, answer, saves, closed, calls }) => {
      expect(await closing(unsaved, answer, saves)).toEqual({ closed, calls });
    },
  );
});
