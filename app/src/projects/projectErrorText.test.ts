import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { parseProject } from '../../../src/project';
import { sampleFile, type SampleDocument } from '../../../src/project/testing/sampleProject';
import { projectErrorText } from './projectErrorText';

const ru = translator('ru');
const en = translator('en');

function failure(text: string) {
  const result = parseProject(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

describe('projectErrorText', () => {
  it.each([
    ['{"format": ', /^Файл не является корректным JSON: строка 1, позиция \d+: /],
    ['[1, 2]', /^Это не файл проекта NeuroCanvas\.$/],
    [
      '{"format": "neurocanvas-project", "schemaVersion": 99}',
      /версия формата файла — 99, а эта версия NeuroCanvas читает форматы до \d/,
    ],
    [
      '{"format": "neurocanvas-project", "schemaVersion": 3, "name": 5}',
      /^В файле проекта есть ошибки:\nname: /,
    ],
  ])('words %s in Russian', (text, expected) => {
    expect(projectErrorText(ru, failure(text))).toMatch(expected);
  });

  const v3 = (fields: Record<string, unknown>) =>
    JSON.stringify({ format: 'neurocanvas-project', schemaVersion: 3, ...fields });

  it.each([
    { fields: { name: 5 }, line: 'name: ожидается текст, а задано 5' },
    {
      fields: { name: 'x'.repeat(300) },
      line: /^name: ожидается текст длиной от 1 до \d+ символов, а в нём 300 символов$/,
    },
    { fields: { graph: [] }, line: 'graph: ожидается объект, а задано []' },
    { fields: { graph: { edges: [] } }, line: 'graph.nodes: отсутствует (ожидается список)' },
    { fields: { wobble: 1 }, line: 'wobble: неизвестное поле' },
  ])('words the field problem of $fields in Russian, keeping the path', ({ fields, line }) => {
    const lines = projectErrorText(ru, failure(v3(fields)), 'ru').split('\n');
    expect(lines[0]).toBe('В файле проекта есть ошибки:');
    if (typeof line === 'string') expect(lines).toContain(line);
    else expect(lines.some((l) => line.test(l))).toBe(true);
  });

  it.each<[string, (doc: SampleDocument) => void, string | RegExp]>([
    [
      'an edge to a node that is not there',
      (doc) => (doc.graph.edges[0].target = 'n9'),
      'graph.edges[0].target: нет узла с идентификатором "n9"',
    ],
    [
      'a layer type nobody knows',
      (doc) => (doc.graph.nodes[0].type = 'Magic'),
      'graph.nodes[0].type: неизвестный тип слоя "Magic"',
    ],
    [
      'a parameter out of range',
      (doc) => (doc.graph.nodes[0].params.units = 0),
      /^graph\.nodes\[0\]\.params\.units: ожидается целое число от 1 до .+, а задано 0$/,
    ],
  ])('words %s in Russian, keeping the path', (_, change, line) => {
    const lines = projectErrorText(ru, failure(sampleFile(change)), 'ru').split('\n');
    if (typeof line === 'string') expect(lines).toContain(line);
    else
      expect(
        lines.some((l) => line.test(l)),
        lines.join('\n'),
      ).toBe(true);
  });

  it('keeps the loader’s English lines when shown in English', () => {
    const result = failure(v3({ name: 5, graph: [] }));
    expect(projectErrorText(en, result, 'en')).toBe(result.error);
    expect(result.error).toContain('name: expected text, got 5');
  });

  it('says in English what the loader says', () => {
    for (const text of ['{"format": ', '{"format": "neurocanvas-project", "schemaVersion": 99}']) {
      const result = failure(text);
      expect(projectErrorText(en, result)).toBe(result.error);
    }
  });
});
