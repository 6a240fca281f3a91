import { describe, expect, it } from 'vitest';
import type { TrainerMessage } from '../../protocol';
import { RunStream } from './runStream';

/** A stream on a clock the test moves by hand. */
function stream() {
  let time = 1000;
  const sent: TrainerMessage[] = [];
  const s = new RunStream(
    'r',
    (m) => sent.push(m),
    () => time,
    250,
  );
  const batch = (epoch: number, n: number) =>
    s.send('batch', {
      epoch,
      batch: n,
      batchesPerEpoch: 100,
      examples: 10,
      loss: n,
      metrics: {},
      samplesPerS: 1,
      etaS: null,
    });
  return {
    s,
    sent,
    batch,
    advance: (ms: number) => (time += ms),
    summary: () =>
      sent.map((m) =>
        m.type === 'batch' ? `batch ${m.batch} (${m.examples}: ${m.loss})` : m.type,
      ),
  };
}

const epoch = { train: { loss: 0, metrics: {} }, validation: null, samplesPerS: 1 };

describe('RunStream', () => {
  it('folds the batches between two sends and sends at most one per 50 ms', () => {
    const t = stream();
    t.batch(1, 1);
    t.advance(20);
    t.batch(1, 2);
    t.advance(20);
    t.batch(1, 3);
    t.advance(20);
    t.batch(1, 4);
    t.s.close();
    // Batches 2–4 (losses 2, 3, 4) are one message: the mean loss is 3.
    expect(t.summary()).toEqual(['batch 1 (10: 1)', 'batch 4 (30: 3)']);
  });

  it('leaves the batches an epoch message catches unsent to that message', () => {
    const t = stream();
    t.batch(1, 1);
    t.advance(10);
    t.batch(1, 2);
    t.s.send('epoch', { epoch: 1, ...epoch });
    t.advance(10);
    t.batch(2, 1);
    t.s.close();
    expect(t.summary()).toEqual(['batch 1 (10: 1)', 'epoch']);
  });

  it.each(['paused', 'stopped'] as const)('sends the unsent batches before %s', (type) => {
    const t = stream();
    t.batch(1, 1);
    t.advance(10);
    t.batch(1, 2);
    if (type === 'paused') t.s.send('paused', {});
    else t.s.send('stopped', { reason: 'user' });
    expect(t.summary()).toEqual(['batch 1 (10: 1)', 'batch 2 (10: 2)', type]);
    t.s.close();
  });

  it('sends a step taken while paused at once, however soon after the last one', () => {
    const t = stream();
    t.batch(1, 1);
    t.s.send('paused', {});
    t.advance(5);
    t.batch(1, 2);
    t.s.sendBatchesNow();
    t.advance(5);
    t.batch(1, 3);
    t.s.sendBatchesNow();
    expect(t.summary()).toEqual([
      'batch 1 (10: 1)',
      'paused',
      'batch 2 (10: 2)',
      'batch 3 (10: 3)',
    ]);
    t.s.close();
  });
});
