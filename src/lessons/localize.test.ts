import { describe, expect, it } from 'vitest';
import { LESSONS } from './index';
import { LECTURE_TOPICS, type LectureNumber } from './lesson';
import { englishLesson, localizedLesson, localizedTopic } from './localize';
import { RUSSIAN_LESSONS } from './ru';

const CYRILLIC = /[\u0400-\u04ff]/;

describe('lessons in Russian', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s has Russian text shaped like its English',
    (_, lesson) => {
      const en = englishLesson(lesson);
      const ru = localizedLesson(lesson, 'ru');
      expect(ru.text.tryThis).toHaveLength(en.text.tryThis.length);
      expect(ru.text.lookAt).toHaveLength(en.text.lookAt.length);
      for (const words of [
        ru.text.title,
        ru.text.idea,
        ru.description,
        ru.promise,
        ...ru.text.tryThis,
        ...ru.text.lookAt,
      ])
        expect(words).toMatch(CYRILLIC);
      expect(ru.text.formula.length).toBeGreaterThan(0);
    },
  );

  it('has no Russian text for a lesson that does not exist', () => {
    const ids = new Set(LESSONS.map((l) => l.id));
    expect(Object.keys(RUSSIAN_LESSONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(Object.keys(LECTURE_TOPICS).map(Number) as LectureNumber[])(
    'names lecture topic %i in both languages',
    (lecture) => {
      expect(localizedTopic(lecture, 'en')).toBe(LECTURE_TOPICS[lecture]);
      expect(localizedTopic(lecture, 'ru')).toMatch(CYRILLIC);
    },
  );
});
