/**
 * The GAN lessons as projects: each opens without a problem, splits into a generator and a
 * discriminator that fit each other and the dataset, builds both parts, survives the project file
 * unchanged, and carries its whole panel text in both languages.
 */
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../compiler/compile';
import { datasetInfo } from '../data/catalog';
import { analyzeGraph } from '../graph/analyze';
import { ganParts } from '../gan/parts';
import { parseProject, serializeProject } from '../project';
import { gan2d, ganDigits } from './gan';
import { getLesson, lessonGroups } from './index';
import { RUSSIAN_LESSONS } from './ru';

describe.each([gan2d, ganDigits].map((l) => [l.id, l] as const))('the %s lesson', (id, lesson) => {
  const project = lesson.template.create();
  const info = datasetInfo(project.dataset!.id)!;

  it('is listed under the GAN topic, with a measured result in both languages', () => {
    expect(getLesson(id)).toBe(lesson);
    expect(lessonGroups().find((g) => g.lecture === 12)!.lessons).toContain(lesson);
    expect(lesson.template.promise).toMatch(/\d/);
    const ru = RUSSIAN_LESSONS[id]!;
    expect(ru.promise).toMatch(/\d/);
    expect(ru.text.tryThis).toHaveLength(lesson.text.tryThis.length);
    expect(ru.text.lookAt).toHaveLength(lesson.text.lookAt.length);
  });

  it('splits into a generator and a discriminator that fit the dataset', async () => {
    const analysis = analyzeGraph(project.graph);
    expect(analysis.problems).toEqual([]);
    const split = ganParts(project.graph, analysis, info.inputShape);
    if (split.kind !== 'gan') throw new Error(JSON.stringify(split));
    expect(split.parts.generator.outputShape).toEqual(info.inputShape);
    for (const part of [split.parts.generator, split.parts.discriminator]) {
      const { model } = await compileGraph(part.graph);
      expect(model.inputs).toHaveLength(1);
      expect(model.outputs[0]!.shape.slice(1)).toEqual(part.outputShape);
      model.dispose();
    }
  });

  it('is written to a project file and read back unchanged, with its GAN settings', () => {
    const read = parseProject(serializeProject(project));
    expect(read.ok && read.project).toEqual(project);
    expect(project.training.ganGeneratorLearningRate).toBeGreaterThan(0);
  });
});
