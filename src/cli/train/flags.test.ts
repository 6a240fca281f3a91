import { describe, expect, it } from 'vitest';
import { CliError } from '../usage';
import { parseTrainFlags, type TrainFlagText } from './flags';

describe('parseTrainFlags', () => {
  it.each<[TrainFlagText, object]>([
    [{}, { training: {} }],
    [{ epochs: '5' }, { training: { epochs: 5 } }],
    [{ 'batch-size': '64' }, { training: { batchSize: 64 } }],
    [{ lr: '0.03' }, { training: { learningRate: 0.03 } }],
    [{ lr: '1e-3' }, { training: { learningRate: 0.001 } }],
    [{ lr: '.5' }, { training: { learningRate: 0.5 } }],
    [{ seed: '0' }, { training: { seed: 0 } }],
    [{ optimizer: 'SGD' }, { training: { optimizer: 'sgd' } }],
    [{ backend: 'wasm' }, { training: {}, backend: 'wasm' }],
    [{ backend: ' CPU ' }, { training: {}, backend: 'cpu' }],
    [{ backend: 'auto' }, { training: {}, backend: 'auto' }],
    [
      { dataset: 'xor', out: 'run1' },
      { training: {}, dataset: 'xor', out: 'run1' },
    ],
  ])('reads %j', (text, want) => {
    expect(parseTrainFlags(text)).toEqual(want);
  });

  it.each<[TrainFlagText, string]>([
    [{ epochs: '0' }, '--epochs must be a whole number from 1 to 100,000, but is "0".'],
    [{ epochs: '2.5' }, '--epochs must be a whole number from 1 to 100,000, but is "2.5".'],
    [{ epochs: 'ten' }, '--epochs must be a whole number from 1 to 100,000, but is "ten".'],
    [{ epochs: '' }, '--epochs must be a whole number from 1 to 100,000, but is "".'],
    [{ epochs: '0x10' }, '--epochs must be a whole number from 1 to 100,000, but is "0x10".'],
    [{ 'batch-size': '0' }, '--batch-size must be a whole number from 1 to 65,536, but is "0".'],
    [{ lr: '-0.1' }, '--lr must be a number from 0.000001 to 10, but is "-0.1".'],
    [{ lr: 'Infinity' }, '--lr must be a number from 0.000001 to 10, but is "Infinity".'],
    [{ seed: '-1' }, '--seed must be a whole number from 0 to 2,147,483,647, but is "-1".'],
    [
      { optimizer: 'lbfgs' },
      "--optimizer must be one of 'sgd', 'adam', 'rmsprop', 'adagrad', 'adadelta' or 'adamax', but is \"lbfgs\".",
    ],
    [
      { backend: 'gpu' },
      '--backend must be one of auto, tensorflow-gpu, tensorflow, wasm, cpu, but is "gpu".',
    ],
    [{ dataset: ' ' }, '--dataset needs a value.'],
    [{ out: '' }, '--out needs a value.'],
  ])('refuses %j with one line and exit code 2', (text, message) => {
    let error: unknown;
    try {
      parseTrainFlags(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message.split('\n')[0]).toBe(message);
  });
});
