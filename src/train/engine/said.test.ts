/** The trainer's messages carry codes and values that say the same in English and in Russian. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n';
import { saidError } from './said';
import { divergenceDetail } from './trainingRun';

const CYRILLIC = /[\u0400-\u04ff]/;

describe('messages the trainer says', () => {
  it.each([
    ['a NaN loss', divergenceDetail(false, NaN, 3, 7), 'stop', 'the loss became NaN'],
    ['infinite gradients', divergenceDetail(true, 0.5, 1, 2), 'stop', 'the gradients became'],
  ])(
    '%s: the English text comes from its code, and Russian fills in the same values',
    (_, said, kind, english) => {
      expect(said.message).toContain(english);
      expect(translate('en', `training.${kind}.${said.code}` as never, said.values)).toBe(
        said.message,
      );
      const russian = translate('ru', `training.${kind}.${said.code}` as never, said.values);
      expect(russian).toMatch(CYRILLIC);
      expect(russian).toContain(`эпохе ${said.values.epoch}, пакет ${said.values.batch}`);
    },
  );

  it('gives an error its suggestion, and cuts a huge value so the message stays valid', () => {
    const said = saidError('run-failed', { epoch: 2, batch: 9, detail: 'x'.repeat(50_000) });
    expect(said.suggestion).toMatch(/smaller batch size/);
    expect(String(said.values.detail).length).toBeLessThanOrEqual(2_000);
    expect(translate('ru', 'training.error.run-failed', said.values)).toContain(
      'Обучение прервалось на эпохе 2, пакет 9',
    );
  });
});
