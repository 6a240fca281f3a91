import { describe, expect, it } from 'vitest';
import { LESSONS } from '../lessons';
import { localizedTemplate } from './localize';
import { RUSSIAN_TEMPLATES } from './ru';
import { TEMPLATES } from './index';
import type { ProjectTemplate } from './template';

const CYRILLIC = /[\u0400-\u04ff]/;
const every: [string, ProjectTemplate][] = [
  ...TEMPLATES.map((t) => [t.id, t] as [string, ProjectTemplate]),
  ...LESSONS.map((l) => [`lesson ${l.id}`, l.template] as [string, ProjectTemplate]),
];

describe('templates in Russian', () => {
  it.each(every)('%s has Russian words and creates the same project', (_, template) => {
    const ru = localizedTemplate(template, 'ru');
    for (const words of [ru.title, ru.description, ru.promise]) expect(words).toMatch(CYRILLIC);
    // A promise is a measured result: the Russian one states the same numbers, in any order.
    const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort().join(' ');
    expect(numbers(ru.promise.replace(/\u00a0/g, ''))).toBe(
      numbers(template.promise.replace(/,(?=\d{3})/g, '')),
    );
    const english = template.create();
    const russian = ru.create();
    expect(russian.graph).toEqual(english.graph);
    expect(russian.dataset).toEqual(english.dataset);
    expect(russian.training).toEqual(english.training);
    expect(russian.notes).toMatch(CYRILLIC);
    expect(russian.name).not.toBe('');
  });

  it('gives a lesson’s template the lesson’s Russian title', () => {
    const alexnet = LESSONS.find((l) => l.id === 'alexnet')!;
    expect(localizedTemplate(alexnet.template, 'ru').title).toBe('Сеть AlexNet (2012)');
  });

  it('leaves English as the template has it', () => {
    for (const [, template] of every) expect(localizedTemplate(template, 'en')).toBe(template);
  });

  it('has no Russian words for a template that does not exist', () => {
    const ids = new Set(TEMPLATES.map((t) => t.id));
    expect(Object.keys(RUSSIAN_TEMPLATES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('says which template has no Russian words', () => {
    const stray: ProjectTemplate = { ...TEMPLATES[0]!, id: 'no-such-template' };
    expect(() => localizedTemplate(stray, 'ru')).toThrow(/'no-such-template' has no Russian/);
  });
});
