/** The project remembers the lesson it was started from; older files without it still open. */
import { describe, expect, it } from 'vitest';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { sampleProject } from './testing/sampleProject';

function reopen(text: string) {
  const result = parseProject(text);
  if (!result.ok) throw new Error(result.error);
  return result.project;
}

describe('the lesson field', () => {
  it('is written and read back', () => {
    const project = { ...sampleProject(), lesson: 'xor-mlp' };
    const text = serializeProject(project);
    expect(JSON.parse(text).lesson).toBe('xor-mlp');
    expect(reopen(text)).toEqual(project);
  });

  it('is left out of a project that has none, and such files open without it', () => {
    const text = serializeProject(sampleProject());
    expect(JSON.parse(text)).not.toHaveProperty('lesson');
    expect(reopen(text)).not.toHaveProperty('lesson');
  });

  it('keeps an id no lesson has; the app ignores it', () => {
    const doc = { ...JSON.parse(serializeProject(sampleProject())), lesson: 'lesson-from-2030' };
    expect(reopen(JSON.stringify(doc)).lesson).toBe('lesson-from-2030');
  });

  it.each([
    [42, 'lesson: expected text, got 42'],
    ['', 'expected text of 1 to'],
    [{ id: 'xor-mlp' }, 'expected text'],
  ])('refuses a lesson of %j, saying where and what', (lesson, says) => {
    const doc = { ...JSON.parse(serializeProject(sampleProject())), lesson };
    const result = parseProject(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('lesson');
      expect(result.error).toContain(says);
    }
  });
});
