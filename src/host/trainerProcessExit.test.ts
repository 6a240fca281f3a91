import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { describeExit, type ExitFacts } from './trainerProcessExit';

const V8_OUT_OF_MEMORY = `
<--- Last few GCs --->
[1234:0x5d0]  120 ms: Mark-Compact 32.1 (49.0) -> 32.1 (65.0) MB, allocation failure
FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory
----- Native stack trace -----
`;

const base: ExitFacts = {
  code: 0,
  signal: null,
  expected: false,
  stderr: '',
  lastError: null,
  maxOldSpaceMb: null,
};

describe('describeExit', () => {
  it.each<
    [string, Partial<ExitFacts>, { crashed: boolean; outOfMemory: boolean; message: RegExp }]
  >([
    [
      'a shutdown the host asked for',
      { expected: true },
      { crashed: false, outOfMemory: false, message: /^$/ },
    ],
    [
      'a kill the host asked for',
      { expected: true, code: null, signal: 'SIGKILL' },
      { crashed: false, outOfMemory: false, message: /^$/ },
    ],
    [
      'V8 running out of heap under a cap',
      { code: null, signal: 'SIGABRT', stderr: V8_OUT_OF_MEMORY, maxOldSpaceMb: 48 },
      {
        crashed: true,
        outOfMemory: true,
        message: /^The trainer ran out of memory \(its limit is 48 MB\)\. Try a smaller batch size/,
      },
    ],
    [
      'V8 running out of heap without a cap',
      { code: 134, stderr: V8_OUT_OF_MEMORY },
      { crashed: true, outOfMemory: true, message: /^The trainer ran out of memory\. Try/ },
    ],
    [
      'running out of heap during a shutdown',
      { code: null, signal: 'SIGABRT', stderr: V8_OUT_OF_MEMORY, expected: true },
      { crashed: true, outOfMemory: true, message: /ran out of memory/ },
    ],
    [
      'a SIGKILL from elsewhere',
      { code: null, signal: 'SIGKILL' },
      {
        crashed: true,
        outOfMemory: false,
        message:
          /^The trainer was ended by the signal SIGKILL \(the system ends processes this way when memory runs out\)\.$/,
      },
    ],
    [
      'a SIGSEGV',
      { code: null, signal: 'SIGSEGV' },
      {
        crashed: true,
        outOfMemory: false,
        message: /^The trainer was ended by the signal SIGSEGV\.$/,
      },
    ],
    [
      'exit code 1 after a last error',
      { code: 1, lastError: 'The trainer failed: boom' },
      {
        crashed: true,
        outOfMemory: false,
        message: /^The trainer stopped with exit code 1: The trainer failed: boom\.$/,
      },
    ],
    [
      'exit code 1 during a shutdown',
      { code: 1, expected: true },
      { crashed: true, outOfMemory: false, message: /^The trainer stopped with exit code 1\.$/ },
    ],
    [
      'a clean exit nobody asked for',
      { code: 0 },
      { crashed: true, outOfMemory: false, message: /^The trainer ended unexpectedly\.$/ },
    ],
    [
      'a trainer that could not start',
      { code: null, spawnError: 'spawn node ENOENT' },
      {
        crashed: true,
        outOfMemory: false,
        message: /^The trainer could not be started: spawn node ENOENT\.$/,
      },
    ],
  ])('describes %s', (_, facts, want) => {
    const exit = describeExit({ ...base, ...facts });
    expect(exit.crashed).toBe(want.crashed);
    expect(exit.outOfMemory).toBe(want.outOfMemory);
    expect(exit.message).toMatch(want.message);
  });

  it.each<[Partial<ExitFacts>, string, string]>([
    [{ expected: true }, '', ''],
    [
      { code: null, signal: 'SIGABRT', stderr: V8_OUT_OF_MEMORY, maxOldSpaceMb: 48 },
      'exit-memory-limit',
      'Процессу обучения не хватило памяти (его предел — 48 МБ).',
    ],
    [
      { code: null, signal: 'SIGKILL' },
      'exit-killed',
      'Процесс обучения был завершён сигналом SIGKILL (так система завершает процессы, когда заканчивается память).',
    ],
    [
      { code: 1, lastError: 'boom' },
      'exit-code-said',
      'Процесс обучения остановился с кодом выхода 1: boom.',
    ],
    [{ code: 0 }, 'exit-unexpected', 'Процесс обучения неожиданно завершился.'],
    [
      { code: null, spawnError: 'spawn node ENOENT' },
      'exit-spawn',
      'Не удалось запустить процесс обучения: spawn node ENOENT.',
    ],
  ])('says %j by code %s, which reads in Russian too', (facts, code, russian) => {
    const exit = describeExit({ ...base, ...facts });
    if (code === '') return expect(exit.said).toBeUndefined();
    expect(exit.said?.code).toBe(code);
    expect(exit.message).toBe(
      translate('en', `training.error.${exit.said!.code}`, exit.said!.values),
    );
    expect(translate('ru', `training.error.${exit.said!.code}`, exit.said!.values)).toContain(
      russian,
    );
  });

  it('keeps what the trainer wrote to standard error, for a bug report', () => {
    const exit = describeExit({ ...base, code: 1, stderr: 'TypeError: x is undefined\n' });
    expect(exit.stderrTail).toBe('TypeError: x is undefined\n');
  });
});
