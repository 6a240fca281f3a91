/**
 * Every lesson is a project that opens without a problem, fits its dataset, builds into a tfjs
 * model, survives the project file unchanged, and carries the whole text its side panel shows.
 */
import type { SymbolicTensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../compiler/compile';
import { datasetInfo } from '../data/catalog';
import { infoWithTarget } from '../data/target';
import { analyzeGraph } from '../graph/analyze';
import { summarize } from '../graph/summary';
import type { Graph } from '../graph/types';
import { parseProject, serializeProject } from '../project';
import { CODE_LAYER, getLesson, LECTURE_TOPICS, LESSONS, lessonGroups } from './index';
import { ALEXNET_PARAMS, FC_LAYERS, FC_UNITS } from './images';

function totalParams(graph: Graph): number {
  return summarize(graph, analyzeGraph(graph)).totalParams;
}

// The GAN lessons hold two models each; gan.test.ts checks them part by part.
const SINGLE_MODEL = LESSONS.filter((l) => l.lecture !== 12);

describe.each(SINGLE_MODEL.map((l) => [l.id, l] as const))('the %s lesson', (_id, lesson) => {
  const project = lesson.template.create();
  const catalogued = project.dataset ? datasetInfo(project.dataset.id) : undefined;
  const info = catalogued && infoWithTarget(catalogued, project.dataset?.options);

  it('carries its whole panel text and a measured result', () => {
    const { title, idea, formula, tryThis, lookAt } = lesson.text;
    for (const text of [title, idea, formula, ...tryThis, ...lookAt])
      expect(text.trim()).not.toBe('');
    expect(tryThis.length).toBeGreaterThan(0);
    expect(lookAt.length).toBeGreaterThan(0);
    expect(lesson.template.id).toBe(lesson.id);
    expect(lesson.template.title).toBe(title);
    expect(lesson.template.promise).toMatch(/\d/);
  });

  it('names a dataset NeuroCanvas has and fits it without problems', () => {
    if (project.dataset) expect(info, project.dataset.id).toBeDefined();
    const analysis = analyzeGraph(
      project.graph,
      info ? { dataset: { name: info.name, numClasses: info.classNames?.length } } : {},
    );
    expect(analysis.problems).toEqual([]);
    if (!info) return;
    const input = project.graph.nodes.find((n) => n.type === 'Input')!;
    expect(input.params.shape).toEqual(info.inputShape);
    if (info.classNames) expect(lesson.template.promise).toContain(info.name);
  });

  it('compiles into a model that maps the dataset’s inputs to its targets', async () => {
    const { model } = await compileGraph(project.graph);
    const output = project.graph.nodes.find((n) => n.type === 'Output')!;
    if (info) {
      const inputs = model.inputs as SymbolicTensor[];
      expect(inputs.map((t) => t.shape.slice(1))).toEqual([info.inputShape]);
      // Binary cross-entropy reads two classes from one probability.
      const expected = output.params.loss === 'binary_crossentropy' ? [1] : info.targetShape;
      const units = (model.outputs as SymbolicTensor[]).map((t) => t.shape.slice(1));
      expect(units).toEqual([expected]);
    }
    expect(model.countParams()).toBe(totalParams(project.graph));
    model.dispose();
  }, 60_000);

  it('is written to a project file and read back unchanged', () => {
    const read = parseProject(serializeProject(project));
    expect(read.ok && read.project).toEqual(project);
  });

  it('gives a fresh project each time, laid out without overlaps', () => {
    const again = lesson.template.create();
    expect(again).not.toBe(project);
    expect(again).toEqual(project);
    const corners = project.graph.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(corners).size).toBe(corners.length);
  });
});

describe('the lessons', () => {
  it('have unique ids and come in lecture order, each under a topic of the lecture', () => {
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const lectures = LESSONS.map((l) => l.lecture);
    expect(lectures).toEqual([...lectures].sort((a, b) => a - b));
    const groups = lessonGroups();
    expect(groups.map((g) => g.lecture)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(groups.flatMap((g) => g.lessons)).toEqual(LESSONS);
    for (const g of groups) expect(g.topic).toBe(LECTURE_TOPICS[g.lecture]);
    // Topics 1, 6, 7 and 8 are taught by a lab; every other topic but the GAN has lessons.
    expect(groups.filter((g) => g.lab).map((g) => [g.lecture, g.lab])).toEqual([
      [1, 'activation'],
      [6, 'tensor'],
      [7, 'tensor'],
      [8, 'field'],
    ]);
    expect(groups.filter((g) => !g.lab && g.lessons.length === 0).map((g) => g.lecture)).toEqual(
      LESSONS.some((l) => l.lecture === 12) ? [] : [12],
    );
    expect(getLesson('linear-regression')!.lecture).toBe(2);
    expect(getLesson('nonesuch')).toBeUndefined();
  });

  it('take in lessons of a topic that has none yet, such as the GAN', () => {
    const gan = { ...getLesson('xor-mlp')!, id: 'gan-2d', lecture: 12 as const };
    const groups = lessonGroups([...SINGLE_MODEL, gan]);
    expect(groups.find((g) => g.lecture === 12)!.lessons).toEqual([gan]);
  });

  it('build the digits autoencoder with a code of two numbers, trained to rebuild its input', () => {
    const project = getLesson('digits-autoencoder')!.template.create();
    expect(project.dataset).toEqual({ id: 'mnist-sample', options: { target: 'input' } });
    const code = project.graph.nodes.find((n) => n.id === CODE_LAYER)!;
    expect(code.params).toMatchObject({ units: 2, activation: 'linear' });
    expect(getLesson('digits-autoencoder')!.lecture).toBe(11);
  });

  it('build AlexNet with torchvision’s parameter count', () => {
    const alexnet = getLesson('alexnet')!.template.create();
    expect(totalParams(alexnet.graph)).toBe(ALEXNET_PARAMS);
    expect(alexnet.dataset).toBeNull();
  });

  it('show five dense layers of 1,000 with over a million weights, the small CNN with far fewer', () => {
    const dense = getLesson('dense-digits')!.template.create().graph;
    expect(
      dense.nodes.filter((n) => n.type === 'Dense' && n.params.units === FC_UNITS),
    ).toHaveLength(FC_LAYERS);
    const denseParams = totalParams(dense);
    expect(denseParams).toBeGreaterThan(1_000_000);
    const cnnParams = totalParams(getLesson('small-cnn-digits')!.template.create().graph);
    expect(cnnParams * 100).toBeLessThan(denseParams);
  });

  it('build the U-Net’s skip connection with Concatenate and its upsampling with Conv2DTranspose', () => {
    const unet = getLesson('shapes-unet')!.template.create().graph;
    const skip = unet.nodes.find((n) => n.type === 'Concatenate')!;
    expect(
      unet.edges
        .filter((e) => e.target === skip.id)
        .map((e) => unet.nodes.find((n) => n.id === e.source)!.type)
        .sort(),
    ).toEqual(['Conv2D', 'Conv2DTranspose']);
  });
});
