/**
 * Every template is a project that opens without a single problem, fits its dataset, builds into a
 * tfjs model, and survives the project file unchanged.
 */
import type { SymbolicTensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../compiler/compile';
import { datasetInfo } from '../data/catalog';
import { analyzeGraph } from '../graph/analyze';
import { parseProject, serializeProject } from '../project';
import { getTemplate, TEMPLATES } from './index';
import { templateGraph } from './template';

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('the %s template', (_id, template) => {
  const project = template.create();
  const info = datasetInfo(project.dataset!.id)!;

  it('names a dataset NeuroCanvas has, and states what it reaches', () => {
    expect(info).toBeDefined();
    expect(template.promise).toMatch(/\d+% test accuracy/);
    expect(template.promise).toContain(info.name);
  });

  it('has no problems with its dataset', () => {
    const analysis = analyzeGraph(project.graph, {
      dataset: { name: info.name, numClasses: info.classNames?.length },
    });
    expect(analysis.problems).toEqual([]);
    const input = project.graph.nodes.find((n) => n.type === 'Input')!;
    expect(input.params.shape).toEqual(info.inputShape);
  });

  it('compiles into a model that maps the dataset’s inputs to its targets', async () => {
    const { model } = await compileGraph(project.graph);
    const inputs = model.inputs as SymbolicTensor[];
    expect(inputs.map((t) => t.shape.slice(1))).toEqual([info.inputShape]);
    const units = (model.outputs as SymbolicTensor[]).map((t) => t.shape.slice(1));
    // Binary cross-entropy reads two classes from one probability.
    const output = project.graph.nodes.find((n) => n.type === 'Output')!;
    const expected = output.params.loss === 'binary_crossentropy' ? [1] : info.targetShape;
    expect(units).toEqual([expected]);
    model.dispose();
  });

  it('is written to a project file and read back unchanged', () => {
    const read = parseProject(serializeProject(project));
    expect(read.ok && read.project).toEqual(project);
  });

  it('gives a fresh project each time, laid out without overlaps', () => {
    expect(template.create()).not.toBe(project);
    expect(template.create()).toEqual(project);
    const corners = project.graph.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(corners).size).toBe(corners.length);
  });
});

describe('the gallery', () => {
  it('holds a perceptron, a spiral MLP, LeNet-5 and a model that concatenates branches', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'perceptron',
      'spiral-mlp',
      'lenet-5',
      'branching',
    ]);
    expect(
      getTemplate('branching')!
        .create()
        .graph.nodes.map((n) => n.type),
    ).toContain('Concatenate');
    expect(getTemplate('nonesuch')).toBeUndefined();
  });

  it('refuses a template layer of an unknown type or reading an unknown layer', () => {
    expect(() => templateGraph([['x', 'Dense2', {}]])).toThrow(/unknown type 'Dense2'/);
    expect(() =>
      templateGraph([
        ['a', 'Input', { shape: [2] }],
        ['b', 'Dense', {}, ['c']],
      ]),
    ).toThrow(/reads 'c'/);
  });
});
