import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { translator } from '../../../src/i18n';
import { HostRequestError } from '../../../src/protocol/rendererClient';
import { exportErrorText, exportWhyText, modelErrorText } from './exportText';

const en = translator('en');
const ru = translator('ru');

interface WhyCase {
  code: string;
  values: Record<string, string>;
  en: string;
  ru: string;
}

describe('why a format cannot express a layer', () => {
  it.each<WhyCase>([
    {
      code: 'onnx-activation',
      values: { activation: 'gelu' },
      en: "the activation 'gelu' has no ONNX equivalent",
      ru: 'у функции активации «gelu» нет аналога в ONNX',
    },
    {
      code: 'onnx-recurrent-activation',
      values: { activation: 'softmax', role: 'gate' },
      en: "ONNX's recurrent ops offer no 'softmax' gate activation; use tanh, sigmoid, ReLU, softplus, ELU or linear",
      ru: 'рекуррентные операции ONNX не предлагают функцию активации вентиля «softmax»; используйте tanh, sigmoid, ReLU, softplus, ELU или linear',
    },
    {
      code: 'pytorch-unknown-class',
      values: { className: 'Lambda' },
      en: 'PyTorch export does not know the Keras class Lambda.',
      ru: 'экспорт в PyTorch не знает класс Keras Lambda.',
    },
    {
      code: 'keras-setting',
      values: { key: 'wobble' },
      en: "its setting 'wobble' has no Keras translation here",
      ru: 'у его параметра «wobble» здесь нет перевода на Keras',
    },
    {
      code: 'not-in-version',
      values: { target: 'ONNX' },
      en: 'Export to ONNX is not part of this version.',
      ru: 'Экспорт в ONNX не входит в эту версию.',
    },
  ])('$code', ({ code, values, en: english, ru: russian }) => {
    const why = { code, values, reason: 'as the host said it' };
    expect(exportWhyText(en, why)).toBe(english);
    expect(exportWhyText(ru, why)).toBe(russian);
  });

  it('shows the host’s words for a code it does not know, or a value missing', () => {
    expect(exportWhyText(ru, { code: 'later-code', values: {}, reason: 'later words' })).toBe(
      'later words',
    );
    expect(exportWhyText(ru, { reason: 'no code' })).toBe('no code');
    expect(exportWhyText(ru, { code: 'keras-setting', values: {}, reason: 'the host' })).toBe(
      'the host',
    );
  });
});

describe('why the host could not export', () => {
  const failure = (code: string, values: Record<string, string | number>) =>
    new HostRequestError('the English from the host', 'failed', { code, values });

  it.each([
    {
      error: failure('notEmpty', { folder: '/data/exports/m' }),
      ru: 'В папке /data/exports/m уже есть файлы; выберите пустую или новую папку либо отметьте «Заменить содержимое папки, если в ней есть файлы».',
    },
    {
      error: failure('writeFailed', { folder: '/x', detail: 'EACCES' }),
      ru: 'Не удалось записать файлы экспорта в /x: EACCES',
    },
    {
      error: failure('unsupported', { target: 'ONNX', count: 2, layers: 'a (Lambda), b (Lambda)' }),
      ru: 'ONNX не может выразить эти слои: a (Lambda), b (Lambda)',
    },
    {
      error: failure('notAllowed', { folder: '/etc', exportsDir: '/d/exports' }),
      ru: 'NeuroCanvas не может записывать в /etc. В браузере экспорт записывается только в папку данных приложения (по умолчанию /d/exports) и в папки, названные при запуске (npm run serve -- <папка>).',
    },
  ])('$error.problem.code in Russian', ({ error, ru: russian }) => {
    expect(exportErrorText(ru, error)).toBe(russian);
  });

  it('keeps the message of an error without a code', () => {
    expect(exportErrorText(ru, new HostRequestError('offline', 'disconnected'))).toBe('offline');
    expect(exportErrorText(ru, new Error('plain'))).toBe('plain');
  });
});

describe('why a model with errors cannot be exported', () => {
  const broken = chain(['Input', { shape: [28, 28, 1] }], ['Dense', { units: 8 }], 'Output');

  it('names the first error in the language of the page, and counts the rest', () => {
    const russian = modelErrorText(ru, 'ru', broken);
    expect(russian).toMatch(/^Сначала исправьте ошибки в ней: /);
    expect(russian).toContain('Dense');
    expect(russian).not.toMatch(/expects|vector/);
    expect(modelErrorText(en, 'en', broken)).toMatch(/^Fix its problems first: /);
  });

  it('says nothing for a model without errors, so the host’s reason is shown', () => {
    const fine = chain(['Input', { shape: [4] }], ['Dense', { units: 2 }], 'Output');
    expect(modelErrorText(en, 'en', fine)).toBeNull();
  });
});
