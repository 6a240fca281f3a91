/** A lesson's words in the user's language: English from its definition, others from catalogs. */
import type { Locale } from '../i18n';
import type { Lesson } from './lesson';
import { RUSSIAN_LESSONS, type LessonTranslation } from './ru';

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
