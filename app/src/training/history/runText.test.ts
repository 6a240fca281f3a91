import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/i18n';
import { scoreName } from './runText';

const en = translator('en');
const ru = translator('ru');

describe('score names', () => {
  it.each([
    ['loss', 'loss', 'функция потерь'],
    ['val_loss', 'validation loss', 'функция потерь на валидации'],
    ['acc', 'accuracy', 'точность'],
    ['val_acc', 'validation accuracy', 'точность на валидации'],
    ['g_loss', 'generator loss', 'функция потерь генератора'],
    ['d_real', 'discriminator output on real data', 'выход дискриминатора на настоящих данных'],
    ['custom_score', 'custom_score', 'custom_score'],
  ])('%s is “%s”, in Russian “%s”', (key, english, russian) => {
    expect(scoreName(key, en)).toBe(english);
    expect(scoreName(key, ru)).toBe(russian);
  });
});
