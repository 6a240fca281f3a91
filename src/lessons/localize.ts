/** A lesson's words in the user's language: English from its definition, others from catalogs. */
import type { Locale } from '../i18n';
import { LECTURE_TOPICS, type LectureNumber, type Lesson } from './lesson';
import { RUSSIAN_LESSONS, type LessonTranslation } from './ru';
import { RUSSIAN_TOPICS } from './ru/topics';

export function englishLesson(lesson: Lesson): LessonTranslation {
  return {
    text: lesson.text,
    description: lesson.template.description,
    promise: lesson.template.promise ?? '',
    projectName: lesson.projectName,
  };
}

/**
 * The lesson's panel text and gallery words in `locale`. The catalog test guarantees a translation
 * for every lesson, so English is never shown in place of a missing one.
 */
export function localizedLesson(lesson: Lesson, locale: Locale): LessonTranslation {
  if (locale === 'en') return englishLesson(lesson);
  const translated = RUSSIAN_LESSONS[lesson.id];
  if (!translated) throw new Error(`Lesson '${lesson.id}' has no Russian text.`);
  return translated;
}

/** The name of a lecture topic in `locale`; every topic has a Russian name, as the type demands. */
export function localizedTopic(lecture: LectureNumber, locale: Locale): string {
  return locale === 'en' ? LECTURE_TOPICS[lecture] : RUSSIAN_TOPICS[lecture];
}
