/**
 * A Step's detail, measured on real models: the update a plain SGD step applies is −τ · ∂L/∂w,
 * the update of any other optimizer is its own, nothing leaks, and a paused run that steps sends
 * one `stepDetail` per Step with the forward, backward and update of every layer with weights.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../compiler/compile';
import { loadTf, type Tf } from '../../compiler/tf';
import type { TrainerMessage } from '../../protocol';
import { selectBackend } from '../backend/select';
import { modelLayers } from './modelLayers';
import { buildObjective } from './objective';
import { l2 } from './stepDetail';
import { dataset } from './testing/datasets';
import { mlp } from './testing/graphs';
import { record } from './testing/harness';
import { trainStep, type StepContext } from './trainStep';

let tf: Tf;
beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
  tf = await loadTf();
});

const LR = 0.1;

async function context(optimizer: 'sgd' | 'adam'): Promise<StepContext> {
  const graph = mlp([6, 4], 'tanh');
  const { model, topology } = await compileGraph(graph, { seed: 7 });
  const layers = modelLayers(model, topology, graph);
  return {
    tf,
    model,
    objective: buildObjective(tf, 'categorical_crossentropy', ['accuracy'], true, 2),
    optimizer: optimizer === 'sgd' ? tf.train.sgd(LR) : tf.train.adam(LR),
    layers,
    variables: layers.flatMap((l) => l.variables),
  };
}

/** Eight points of two classes, one-hot. */
function batch() {
  const x = tf.tensor2d(
    [0.1, 0.9, -0.4, 0.3, 0.8, -0.7, -0.2, -0.5, 0.6, 0.6, -0.9, 0.1, 0.3, -0.3, 0, 1],
    [8, 2],
  );
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d([0, 1, 0, 1, 1, 0, 1, 0], 'int32'), 2));
  return { x, y };
}

async function detailStep(ctx: StepContext) {
  const { x, y } = batch();
  const result = await trainStep(ctx, x, y, { measure: false, classes: false, detail: true });
  tf.dispose([x, y]);
  return result;
}

describe('trainStep with detail', () => {
  it('for plain SGD, the applied update is −τ times the gradient, value for value', async () => {
    const ctx = await context('sgd');
    const before = ctx.variables.map((v) => Float32Array.from(v.dataSync()));
    const result = await detailStep(ctx);
    expect(result.finite).toBe(true);
    const detail = result.detail!;
    let checked = 0;
    let i = 0;
    ctx.layers.forEach((layer, l) =>
      layer.variables.forEach((v, k) => {
        const g = detail.gradients[l]![k]!;
        const u = detail.updates[l]![k]!;
        const after = v.dataSync();
        expect(u).toHaveLength(v.size);
        expect(l2(g)).toBeGreaterThan(0);
        for (let j = 0; j < u.length; j++) {
          // The update is what the weights really moved by …
          expect(u[j]).toBeCloseTo(after[j]! - before[i]![j]!, 6);
          // … and for SGD that is −τ · ∂L/∂w.
          expect(Math.abs(u[j]! + LR * g[j]!)).toBeLessThan(1e-6);
          checked++;
        }
        i++;
      }),
    );
    // Kernels and biases of three Dense layers: 2·6+6 + 6·4+4 + 4·2+2.
    expect(checked).toBe(56);
    ctx.optimizer.dispose();
    ctx.model.dispose();
  });

  it("for Adam, the update is the optimizer's own and not −τ times the gradient", async () => {
    const ctx = await context('adam');
    const detail = (await detailStep(ctx)).detail!;
    const g = detail.gradients.flat().flatMap((a) => [...a]);
    const u = detail.updates.flat().flatMap((a) => [...a]);
    const off = u.filter((v, j) => Math.abs(v + LR * g[j]!) > 1e-3).length;
    expect(off).toBeGreaterThan(u.length / 2);
    // Adam's first step moves every weight with a gradient by about τ.
    expect(Math.max(...u.map(Math.abs))).toBeCloseTo(LR, 2);
    ctx.optimizer.dispose();
    ctx.model.dispose();
  });

  it('leaves no tensor behind', async () => {
    const ctx = await context('sgd');
    await detailStep(ctx);
    const held = tf.memory().numTensors;
    for (let n = 0; n < 3; n++) await detailStep(ctx);
    expect(tf.memory().numTensors).toBe(held);
    ctx.optimizer.dispose();
    ctx.model.dispose();
  });
});

describe('a paused run that steps', () => {
  async function stepOnce(optimizer: 'sgd' | 'adam', momentum = 0) {
    let pauseSent = false;
    const run = await record({
      graph: mlp([8], 'relu'),
      dataset: await dataset('xor'),
      training: { optimizer, learningRate: LR, momentum, batchSize: 16, epochs: 3 },
      onMessage: (m, session) => {
        if (m.type === 'batch' && !pauseSent) {
          pauseSent = true;
          session.pause();
        }
      },
    });
    const outcome = run.session.run();
    await until(run.messages, (m) => m.type === 'paused');
    expect(run.of('stepDetail')).toHaveLength(0);
    run.session.step();
    await until(run.messages, (m) => m.type === 'stepDetail');
    run.session.stop();
    await outcome;
    return run;
  }

  it('sends one stepDetail, right after its batch, with each layer’s three views', async () => {
    const run = await stepOnce('sgd');
    const details = run.of('stepDetail');
    expect(details).toHaveLength(1);
    const detail = details[0]!;
    const at = run.messages.indexOf(detail);
    expect(run.messages[at - 1]).toMatchObject({ type: 'batch', epoch: 1, batch: 2 });
    expect(detail).toMatchObject({
      epoch: 1,
      batch: 2,
      optimizer: 'sgd',
      learningRate: LR,
      momentum: 0,
    });
    expect(detail.layers.map((l) => l.tensors.map((t) => `${l.name}/${t.name}`))).toEqual([
      ['dense_1/kernel', 'dense_1/bias'],
      ['dense_2/kernel', 'dense_2/bias'],
    ]);
    for (const layer of detail.layers) {
      expect(layer.forward?.data.length).toBe(layer.name === 'dense_1' ? 8 : 2);
      for (const t of layer.tensors) {
        expect(t.gradient.shape).toEqual(t.shape.length === 1 ? [1, t.shape[0]] : t.shape);
        // The norms are of the full tensors: ‖Δw‖ = τ · ‖∇w‖ for SGD.
        expect(t.updateNorm).toBeCloseTo(LR * t.gradientNorm, 5);
        // The maps are mirror images: the largest gradient is the most negative update.
        expect(t.update.min).toBeCloseTo(-LR * t.gradient.max, 5);
        expect(t.update.max).toBeCloseTo(-LR * t.gradient.min, 5);
      }
    }
  });

  it('reports the update Adam applied, which is not τ times the gradient', async () => {
    const detail = (await stepOnce('adam')).of('stepDetail')[0]!;
    const kernel = detail.layers[0]!.tensors[0]!;
    expect(detail.optimizer).toBe('adam');
    expect(Math.abs(kernel.updateNorm - LR * kernel.gradientNorm)).toBeGreaterThan(1e-3);
  });

  it('says when SGD has momentum, so the update is not read as −τ·∇w', async () => {
    const detail = (await stepOnce('sgd', 0.9)).of('stepDetail')[0]!;
    expect(detail).toMatchObject({ optimizer: 'sgd', momentum: 0.9 });
  });
});

function until(messages: TrainerMessage[], test: (m: TrainerMessage) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (messages.some(test)) resolve();
      else if (Date.now() - started > 20_000) reject(new Error('no such message came'));
      else setTimeout(poll, 1);
    };
    poll();
  });
}
