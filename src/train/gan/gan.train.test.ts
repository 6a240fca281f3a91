/**
 * GAN training for real, on the wasm backend: the 2-D lesson's generator learns to cover both
 * gaussian clouds, the run streams valid messages and ends with every tensor released, and a
 * loss that stops being a number ends the run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTf } from '../../compiler/tf';
import { analyzeGraph } from '../../graph/analyze';
import { ganParts, type GanParts } from '../../gan/parts';
import { chamferDistance, coverage, typicalGap } from '../../gan/spread';
import { gan2d } from '../../lessons/gan';
import { selectBackend } from '../backend/select';
import { dataset } from '../engine/testing/datasets';
import { record, train } from '../engine/testing/harness';
import { generate } from './testing/measure';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

function partsOf(project: ReturnType<typeof gan2d.template.create>): GanParts {
  const split = ganParts(project.graph, analyzeGraph(project.graph), [2]);
  if (split.kind !== 'gan') throw new Error(`not a GAN: ${JSON.stringify(split)}`);
  return split.parts;
}

describe('the 2-D GAN lesson', () => {
  it('covers both clouds of the real data after its own training', async () => {
    const project = gan2d.template.create();
    const data = await dataset('gauss', project.dataset!.options as Record<string, number>);
    const run = await train({
      graph: project.graph,
      dataset: data,
      training: project.training,
      streams: { activationIntervalMs: 0 },
    });
    expect(run.outcome).toEqual({ kind: 'done' });
    const epochs = run.of('epoch');
    expect(epochs).toHaveLength(project.training.epochs);
    for (const e of epochs)
      expect(Object.keys(e.train.metrics).sort()).toEqual(['d_fake', 'd_real', 'g_loss']);
    const samples = run.of('ganSamples');
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.at(-1)!.points!.made.length).toBe(1000);

    // Measured on the test split, which the run never saw.
    const weights = run.of('weights')[0]!.weights;
    const { made } = await generate(partsOf(project).generator, weights, 500);
    const real = { values: data.test.x, size: 2 };
    const fake = { values: made, size: 2 };
    const radius = 4 * typicalGap(real);
    const covered = coverage(real, fake, radius);
    const distance = chamferDistance(real, fake);
    console.log(`2-D GAN: coverage ${covered.toFixed(3)}, Chamfer distance ${distance.toFixed(3)}`);
    expect(covered).toBeGreaterThanOrEqual(0.9);
    expect(distance).toBeLessThan(0.3);
    expect(samples.at(-1)!.check.collapsed).toBe(false);
  }, 300_000);

  it('leaves no tensor behind over 20 epochs, and trains again from the weights it kept', async () => {
    const tf = await loadTf();
    const project = gan2d.template.create();
    const data = await dataset('gauss', { noise: 0, count: 300 });
    const before = tf.memory().numTensors;
    const first = await train({
      graph: project.graph,
      dataset: data,
      training: { ...project.training, epochs: 20 },
    });
    expect(first.outcome).toEqual({ kind: 'done' });
    expect(tf.memory().numTensors).toBe(before);
    const weights = first.of('weights')[0]!.weights;
    expect(Object.keys(weights).sort()).toEqual(
      ['d_hidden_1', 'd_hidden_2', 'd_probability', 'g_hidden_1', 'g_hidden_2', 'point'].sort(),
    );
    const second = await train({
      graph: project.graph,
      dataset: data,
      training: { ...project.training, epochs: 1 },
      weights,
    });
    expect(second.outcome).toEqual({ kind: 'done' });
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);

  it('stops with reason nan when the real data holds a value that is not a number', async () => {
    const project = gan2d.template.create();
    const data = await dataset('gauss', { noise: 0, count: 200 });
    const broken = {
      ...data,
      train: { ...data.train, x: data.train.x.map((v, i) => (i === 0 ? NaN : v)) },
    };
    const run = await train({
      graph: project.graph,
      dataset: broken,
      training: { ...project.training, epochs: 3, shuffle: false, batchSize: 32 },
    });
    expect(run.outcome).toEqual({ kind: 'stopped', reason: 'nan' });
    expect(run.of('stopped')[0]!.detail).toMatch(/epoch 1, batch 1/);
    // Said in the user's language by its code; the weights sent are those from before the batch.
    expect(run.of('stopped')[0]!.code).toBe('diverged-loss');
  }, 60_000);

  it('warns of mode collapse for a generator that makes one point whatever the noise', async () => {
    const project = gan2d.template.create();
    const data = await dataset('gauss', { noise: 0, count: 400 });
    // The last layer ignores its input (kernel 0) and always answers its bias, (2, 2): one cloud.
    const collapsed = {
      point: [
        { name: 'kernel', shape: [32, 2], values: new Float32Array(64) },
        { name: 'bias', shape: [2], values: new Float32Array([2, 2]) },
      ],
    };
    const run = await train({
      graph: project.graph,
      dataset: data,
      weights: collapsed,
      training: {
        ...project.training,
        epochs: 1,
        learningRate: 1e-6,
        ganGeneratorLearningRate: 1e-6,
      },
    });
    const check = run.of('ganSamples').at(-1)!.check;
    expect(check.collapsed).toBe(true);
    expect(check.spreadRatio).toBeLessThan(0.05);
    expect(check.coverage).toBeLessThan(0.6);
  }, 60_000);

  it('stops when asked, after the batch in progress, keeping the weights', async () => {
    const project = gan2d.template.create();
    const data = await dataset('gauss', { noise: 0, count: 400 });
    let asked = false;
    const run = await train({
      graph: project.graph,
      dataset: data,
      training: { ...project.training, epochs: 50 },
      onMessage: (m, session) => {
        if (m.type === 'epoch' && m.epoch === 2 && !asked) {
          asked = true;
          session.stop();
        }
      },
    });
    expect(run.outcome).toEqual({ kind: 'stopped', reason: 'user' });
    expect(run.done.epochs).toBe(2);
    expect(Object.keys(run.of('weights')[0]!.weights)).toHaveLength(6);
  }, 60_000);

  it('pauses, takes single steps while paused, and resumes', async () => {
    const project = gan2d.template.create();
    const data = await dataset('gauss', { noise: 0, count: 400 });
    let stepsAsked = 0;
    const run = await train({
      graph: project.graph,
      dataset: data,
      training: { ...project.training, epochs: 2 },
      onMessage: (m, session) => {
        if (m.type === 'epoch' && m.epoch === 1 && stepsAsked === 0) {
          stepsAsked = -1;
          session.pause();
        } else if (m.type === 'paused') {
          stepsAsked = 1;
          session.step();
        } else if (m.type === 'ganSamples' && stepsAsked === 1) {
          // A step sends its batch and the samples it made at once; then the run goes on.
          stepsAsked = 2;
          session.resume();
        }
      },
    });
    expect(run.outcome).toEqual({ kind: 'done' });
    const types = run.messages.map((m) => m.type);
    const paused = types.indexOf('paused');
    expect(paused).toBeGreaterThan(0);
    expect(types.slice(paused)).toEqual(expect.arrayContaining(['batch', 'ganSamples', 'resumed']));
    expect(types.indexOf('resumed')).toBeGreaterThan(paused);
    expect(run.done.epochs).toBe(2);
  }, 60_000);

  it('checks the GAN settings before the run, like the others', async () => {
    const project = gan2d.template.create();
    const run = await record({
      graph: project.graph,
      dataset: await dataset('gauss'),
      training: { ...project.training, ganDiscriminatorSteps: 0 },
    });
    expect(await run.session.run()).toMatchObject({ kind: 'error' });
    expect(run.of('error')[0]!.suggestion ?? run.of('error')[0]!.message).toMatch(
      /Discriminator steps per generator step/,
    );
    expect(run.of('started')).toHaveLength(0);
  });

  it('refuses a generator whose samples the discriminator cannot take, saying both shapes', async () => {
    const project = gan2d.template.create();
    const graph = {
      ...project.graph,
      nodes: project.graph.nodes.map((n) =>
        n.id === 'point' ? { ...n, params: { ...n.params, units: 3 } } : n,
      ),
    };
    const run = await record({
      graph,
      dataset: await dataset('gauss'),
      training: project.training,
    });
    expect(await run.session.run()).toMatchObject({ kind: 'error' });
    expect(run.of('error')[0]!.message).toMatch(/shape \[3\].*shape \[2\]/);
  });
});
