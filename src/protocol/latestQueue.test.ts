import { describe, expect, it } from 'vitest';
import { COALESCING } from './delivery';
import { LatestQueue } from './latestQueue';
import { batchMessage, trainerMessages } from './testing/messages';
import type { TrainerMessage, TrainerMessageOf } from './trainer';

const t = trainerMessages();
const batch = (i: number, epoch = 1, runId = 'run-1') =>
  batchMessage({ runId, epoch, batch: i, examples: 1 + (i % 32), loss: 1 + (i % 5), acc: 0 });

describe('LatestQueue', () => {
  it('stays small for a consumer that takes one message per 100 pushed, and loses no event', () => {
    const queue = new LatestQueue();
    const events: TrainerMessage[] = [];
    const received: TrainerMessage[] = [];
    const pushed: TrainerMessageOf<'batch'>[] = [];
    let longest = 0;
    let pushes = 0;
    const push = (m: TrainerMessage) => {
      queue.push(m);
      if (COALESCING[m.type] === 'never') events.push(m);
      longest = Math.max(longest, queue.length);
      if (++pushes % 100 === 0) received.push(queue.shift()!);
    };
    for (let epoch = 1; epoch <= 10; epoch++) {
      for (let i = 1; i <= 1000; i++) {
        const b = batch(i, epoch);
        pushed.push(b);
        push(b);
        if (i % 10 === 0) push({ ...t.activations, epoch, batch: i });
      }
      push({ ...t.boundary, epoch });
      push({ ...t.epoch, epoch });
    }
    push(t.stopped);
    push(t.done);
    received.push(...queue.drain());

    // 11,000+ messages went in; the queue never held more than a handful.
    expect(pushes).toBeGreaterThan(11_000);
    expect(longest).toBeLessThanOrEqual(6);
    expect(received.filter((m) => COALESCING[m.type] === 'never')).toEqual(events);
    // Batches were folded, not lost: the same examples and the same weighted mean loss.
    const out = received.filter((m): m is TrainerMessageOf<'batch'> => m.type === 'batch');
    const total = (list: TrainerMessageOf<'batch'>[]) =>
      list.reduce((s, b) => [s[0]! + b.loss * b.examples, s[1]! + b.examples], [0, 0]);
    const [inSum, inWeight] = total(pushed);
    const [outSum, outWeight] = total(out);
    expect(outWeight).toBe(inWeight);
    expect(outSum! / outWeight!).toBeCloseTo(inSum! / inWeight!, 12);
    expect(out.length).toBeLessThan(200);
    // The UI ends on the newest snapshot of each kind.
    const lastActs = received.filter((m) => m.type === 'activations').at(-1);
    expect(lastActs).toMatchObject({ epoch: 10, batch: 1000 });
    expect(received.filter((m) => m.type === 'boundary').at(-1)).toMatchObject({ epoch: 10 });
  });

  it('folds batches only up to the newest event, so a batch never jumps an epoch', () => {
    const queue = new LatestQueue();
    queue.push(batch(1));
    queue.push(batch(2));
    queue.push(t.activations);
    queue.push(batch(3));
    queue.push(t.epoch);
    queue.push(batch(1, 2));
    queue.push(batch(2, 2));
    expect(queue.drain().map((m) => [m.type, 'batch' in m ? m.batch : null])).toEqual([
      ['batch', 3],
      ['activations', 5],
      ['epoch', null],
      ['batch', 2],
    ]);
    expect(queue.length).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it('replaces a waiting snapshot of the same kind and run, and moves it to the back', () => {
    const queue = new LatestQueue();
    queue.push({ ...t.activations, batch: 1 });
    queue.push({ ...t.boundary, epoch: 1 });
    queue.push({ ...t.activations, batch: 2, runId: 'run-2' });
    queue.push(t.paused);
    queue.push({ ...t.activations, batch: 3 });
    expect(queue.drain().map((m) => [m.type, m.runId, 'batch' in m ? m.batch : null])).toEqual([
      ['boundary', 'run-1', null],
      ['activations', 'run-2', 2],
      ['paused', 'run-1', null],
      ['activations', 'run-1', 3],
    ]);
  });

  it('never folds the batches of different runs', () => {
    const queue = new LatestQueue();
    queue.push(batch(1, 1, 'a'));
    queue.push(batch(1, 1, 'b'));
    queue.push(batch(2, 1, 'a'));
    expect(queue.drain().map((m) => m.runId)).toEqual(['a', 'b']);
  });
});
