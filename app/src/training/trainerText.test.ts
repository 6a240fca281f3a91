import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import type { RunError, RunState } from '../stores/trainingReducer';
import { backendReasonText, errorText } from './trainerText';

const en = translator('en');
const ru = translator('ru');

type Parts = NonNullable<RunState['backend']>['parts'];

describe('the backend’s reason', () => {
  const wasm = (parts: Parts): RunState['backend'] & {} => ({
    name: 'wasm',
    reason: 'wasm: as the trainer wrote it',
    ...(parts ? { parts } : {}),
  });

  it.each<{ what: string; parts: Parts; en: string; ru: string }>([
    {
      what: 'chosen as the fastest, native TensorFlow missing',
      parts: [
        { code: 'not-installed', values: { package: '@tensorflow/tfjs-node' } },
        { code: 'fastest-wasm', values: {} },
        { code: 'wasm-build', values: { simd: 'yes', threads: 1 } },
      ],
      en: '@tensorflow/tfjs-node is not installed; WebAssembly is the fastest backend available; SIMD, 1 thread',
      ru: 'пакет @tensorflow/tfjs-node не установлен; WebAssembly — самый быстрый из доступных бэкендов; SIMD, 1 поток',
    },
    {
      what: 'asked for, on several threads',
      parts: [
        { code: 'requested', values: { by: 'NEUROCANVAS_BACKEND' } },
        { code: 'wasm-build', values: { simd: 'yes', threads: 4 } },
      ],
      en: 'requested by NEUROCANVAS_BACKEND; SIMD, 4 threads',
      ru: 'выбран через NEUROCANVAS_BACKEND; SIMD, 4 потока',
    },
    {
      what: 'the only one that loaded',
      parts: [
        { code: 'start-failed-detail', values: { backend: 'wasm', detail: 'no memory' } },
        { code: 'only-cpu', values: { package: '@tensorflow/tfjs-node' } },
      ],
      en: 'the wasm backend failed to start (no memory); plain JavaScript is the only backend that loaded (slow; install @tensorflow/tfjs-node for speed)',
      ru: 'бэкенд wasm не запустился (no memory); загрузился только бэкенд на чистом JavaScript (медленно; для скорости установите @tensorflow/tfjs-node)',
    },
  ])('$what', ({ parts, en: english, ru: russian }) => {
    expect(backendReasonText(wasm(parts), en)).toBe(english);
    expect(backendReasonText(wasm(parts), ru)).toBe(russian);
  });

  it('falls back to the trainer’s words, without the name, for unknown parts or none', () => {
    expect(backendReasonText(wasm(undefined), ru)).toBe('as the trainer wrote it');
    expect(backendReasonText(wasm([{ code: 'later', values: {} }]), ru)).toBe(
      'as the trainer wrote it',
    );
    expect(backendReasonText(wasm([{ code: 'not-installed', values: {} }]), ru)).toBe(
      'as the trainer wrote it',
    );
  });
});

describe('the trainer’s errors in Russian', () => {
  const error = (code: string, values: Record<string, string | number>): RunError => ({
    message: 'the English the trainer sent',
    suggestion: 'an English suggestion',
    code,
    values,
  });

  it.each([
    {
      what: 'a setting out of range, checked again in Russian',
      error: error('settings-invalid', {
        problem: 'Learning rate must be a number from 0.000001 to 10, but is 50',
        setting: 'Learning rate',
        key: 'learningRate',
        value: '50',
      }),
      message:
        'Настройки обучения нельзя использовать: Скорость обучения: ожидается число от 0.000001 до 10, а задано 50.',
      suggestion: 'Измените параметр «Скорость обучения» в настройках обучения.',
    },
    {
      what: 'a built-in dataset named in Russian',
      error: error('no-examples', { dataset: 'Spiral', datasetId: 'spiral' }),
      message: 'В наборе данных «Спираль» нет обучающих примеров.',
    },
    {
      what: 'an imported dataset keeps its own name',
      error: error('no-examples', { dataset: 'weather.csv', datasetId: 'import:weather.csv' }),
      message: 'В наборе данных «weather.csv» нет обучающих примеров.',
    },
    {
      what: 'a trainer that ran out of memory under a limit',
      error: error('exit-memory-limit', { limit: 512 }),
      message:
        'Процессу обучения не хватило памяти (его предел — 512 МБ). Уменьшите размер пакета, модель или набор данных либо выделите процессу больше памяти.',
      suggestion: 'Уменьшите размер пакета или модель.',
    },
    {
      what: 'a trainer killed by the system',
      error: error('exit-killed', { signal: 'SIGKILL' }),
      message:
        'Процесс обучения был завершён сигналом SIGKILL (так система завершает процессы, когда заканчивается память).',
      suggestion: 'Запустите обучение снова; новый процесс обучения стартует сам.',
    },
    {
      what: 'a trainer that exited with a code after an error',
      error: error('exit-code-said', { exitCode: '1', detail: 'boom' }),
      message: 'Процесс обучения остановился с кодом выхода 1: boom.',
      suggestion: 'Запустите обучение снова; новый процесс обучения стартует сам.',
    },
  ])('$what', ({ error: e, message, suggestion }) => {
    const shown = errorText(e, ru, 'ru');
    expect(shown.message).toBe(message);
    if (suggestion) expect(shown.suggestion).toBe(suggestion);
  });

  it('says the settings check in English exactly as the trainer did', () => {
    const e = error('settings-invalid', {
      problem: 'Learning rate must be a number from 0.000001 to 10, but is 50',
      setting: 'Learning rate',
      key: 'learningRate',
      value: '50',
    });
    expect(errorText(e, en, 'en').message).toBe(
      'The training settings cannot be used: Learning rate must be a number from 0.000001 to 10, but is 50.',
    );
  });

  it('keeps the trainer’s words for a value it cannot read again', () => {
    const e = error('settings-invalid', {
      problem: 'the English problem',
      setting: 'Learning rate',
      key: 'learningRate',
      value: '{not json',
    });
    expect(errorText(e, ru, 'ru').message).toBe(
      'Настройки обучения нельзя использовать: the English problem.',
    );
  });
});
