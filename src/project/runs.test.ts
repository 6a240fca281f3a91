import { describe, expect, it } from 'vitest';
import { parseProject } from './parse';
import type { Project } from './project';
import { addRun, keptEpochs, keptScore, MAX_RUN_EPOCHS, MAX_RUNS, type RunRecord } from './runs';
import { serializeProject } from './serialize';
import { sampleProject } from './testing/sampleProject';
import { defaultTraining } from './training';

function run(n: number, epochs = 3): RunRecord {
  return {
    id: `run-${n}`,
    name: `Run ${n}`,
    finishedAt: '2025-03-01T12:00:00.000Z',
    datasetId: 'mnist',
    training: { ...defaultTraining(), epochs, learningRate: 0.01 * n },
    stopReason: 'done',
    epochs: Array.from({ length: epochs }, (_, i) => ({
      epoch: i + 1,
      values: { loss: 1 / (i + 1), acc: 0.5 + i / (2 * epochs), val_loss: i === 0 ? null : 0.9 },
    })),
    test: { loss: 0.4, acc: 0.88 },
  };
}

const withRuns = (runs: RunRecord[]): Project => ({ ...sampleProject(), runs });

/** The file text of a project with these runs, after `change` edits its JSON. */
function fileWith(runs: unknown, change: (doc: Record<string, unknown>) => void = () => undefined) {
  const doc = JSON.parse(serializeProject(sampleProject())) as Record<string, unknown>;
  doc.runs = runs;
  change(doc);
  return JSON.stringify(doc);
}

const errorOf = (text: string) => {
  const parsed = parseProject(text);
  return parsed.ok ? null : parsed.error;
};

describe('run history in the project file', () => {
  it('reads back as it was written, null scores included', () => {
    const project = withRuns([run(1), run(2, 5)]);
    const parsed = parseProject(serializeProject(project));
    expect(parsed).toEqual({ ok: true, project });
  });

  it('is left out of the file when there is none', () => {
    expect(JSON.parse(serializeProject(withRuns([])))).not.toHaveProperty('runs');
    expect(parseProject(serializeProject(sampleProject()))).toEqual({
      ok: true,
      project: sampleProject(),
    });
  });

  it('opens version 2 files, which have none', () => {
    const text = fileWith(undefined, (doc) => (doc.schemaVersion = 2));
    expect(parseProject(text)).toEqual({ ok: true, project: sampleProject() });
  });

  it('fills in training settings a run was saved without', () => {
    const parsed = parseProject(fileWith([{ ...run(1), training: { epochs: 3 } }]));
    expect(parsed.ok && parsed.project.runs![0]!.training).toEqual({
      ...defaultTraining(),
      epochs: 3,
    });
  });

  it.each([
    {
      why: 'too many runs',
      runs: Array.from({ length: MAX_RUNS + 1 }, (_, i) => run(i)),
      error: /^runs: holds 51 runs; a project can hold at most 50/,
    },
    {
      why: 'a run with too many epochs',
      runs: [{ ...run(1), epochs: new Array(MAX_RUN_EPOCHS + 1).fill(0) }],
      error: /^runs\[0\]\.epochs: holds 1,001 epochs; a project can hold at most 1,000/,
    },
    {
      why: 'an epoch with too many scores',
      runs: [
        {
          ...run(1),
          epochs: [
            {
              epoch: 1,
              values: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`s${i}`, 1])),
            },
          ],
        },
      ],
      error: /^runs\[0\]\.epochs\[0\]\.values: holds 33 scores/,
    },
    {
      why: 'epochs out of order',
      runs: [{ ...run(1), epochs: [run(1).epochs[1], run(1).epochs[0]] }],
      error: /^runs\[0\]\.epochs\[1\]\.epoch: epochs must be in increasing order; 1 follows 2/,
    },
    {
      why: 'a score that is text',
      runs: [{ ...run(1), test: { acc: 'high' } }],
      error: /^runs\[0\]\.test\.acc: expected a finite number or null, got "high"/,
    },
    {
      why: 'an unknown stop reason',
      runs: [{ ...run(1), stopReason: 'bored' }],
      error: /^runs\[0\]\.stopReason: /,
    },
    {
      why: 'a learning rate out of range',
      runs: [{ ...run(1), training: { ...run(1).training, learningRate: -1 } }],
      error: /^runs\[0\]\.training\.learningRate: /,
    },
    {
      why: 'an unknown field',
      runs: [{ ...run(1), script: 'rm -rf' }],
      error: /^runs\[0\]\.script: /,
    },
    { why: 'runs that are not a list', runs: { a: 1 }, error: /^runs: / },
  ])('refuses $why, saying where', ({ runs, error }) => {
    expect(errorOf(fileWith(runs))).toMatch(error);
  });

  it('refuses a hostile key inside a run', () => {
    const text = fileWith([run(1)]).replace('"loss":0.4', '"__proto__":0.4');
    expect(errorOf(text)).toMatch(/__proto__/);
  });
});

describe('adding runs', () => {
  it('keeps the newest runs, oldest first', () => {
    let runs: RunRecord[] = [];
    for (let i = 1; i <= MAX_RUNS + 2; i++) runs = addRun(runs, run(i, 1));
    expect(runs).toHaveLength(MAX_RUNS);
    expect(runs[0]!.id).toBe('run-3');
    expect(runs.at(-1)!.id).toBe(`run-${MAX_RUNS + 2}`);
  });

  it('keeps evenly spaced epochs of a long run, the first and the last among them', () => {
    const epochs = Array.from({ length: 5_000 }, (_, i) => i + 1);
    const kept = keptEpochs(epochs);
    expect(kept).toHaveLength(MAX_RUN_EPOCHS);
    expect(kept[0]).toBe(1);
    expect(kept.at(-1)).toBe(5_000);
    expect(kept.every((e, i) => i === 0 || e > kept[i - 1]!)).toBe(true);
    expect(keptEpochs([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('keeps scores that are not numbers as null', () => {
    expect([0.5, NaN, Infinity].map(keptScore)).toEqual([0.5, null, null]);
  });
});
