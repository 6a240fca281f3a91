import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { downloadFailureText } from './downloadFailure';

const ru = translator('ru');
const en = translator('en');

const byHand = {
  name: 'Fashion-MNIST',
  files: 'a.gz and b.gz',
  count: 2,
  from: 'http://127.0.0.1:9/',
  homepage: 'https://example.org/fashion',
  folder: '/data/datasets/fashion-mnist',
};

interface Case {
  code: string;
  values: Record<string, string | number>;
  ru: RegExp;
}

describe('why a download failed', () => {
  it.each<Case>([
    {
      code: 'unreachable',
      values: { ...byHand, urls: 'http://127.0.0.1:9/a.gz', detail: 'ECONNREFUSED' },
      ru: /^Не удалось загрузить «[^»]+»: не удалось связаться с http:\/\/127\.0\.0\.1:9\/a\.gz \(ECONNREFUSED\)\. Проверьте подключение к интернету.* положите их без изменений в \/data\/datasets\/fashion-mnist\.$/,
    },
    {
      code: 'failed',
      values: { ...byHand, reasons: 'http://127.0.0.1:9/a.gz: the server answered 404 Not Found' },
      ru: /^Не удалось загрузить «[^»]+»\. http:\/\/127\.0\.0\.1:9\/a\.gz: the server answered 404 Not Found\. Частично загруженные файлы не сохранены\./,
    },
    {
      code: 'folder',
      values: { folder: '/ro/x', name: 'Fashion-MNIST', detail: 'EROFS' },
      ru: /^Не удалось создать папку \/ro\/x для «[^»]+»: EROFS\.$/,
    },
  ])('$code in Russian, naming the dataset as the interface does', ({ code, values, ru: want }) => {
    const status = { dataset: 'fashion-mnist' as const, message: 'English', code, values };
    const text = downloadFailureText(ru, status);
    expect(text).toMatch(want);
    expect(text).toContain(`«${ru('datasets.fashion-mnist.name')}»`);
  });

  it('shows the host’s words without a code', () => {
    const status = { dataset: 'mnist' as const, message: 'Something odd.' };
    expect(downloadFailureText(en, status)).toBe('Something odd.');
    expect(downloadFailureText(ru, status)).toBe(
      'Не удалось загрузить набор данных. Something odd.',
    );
  });
});
