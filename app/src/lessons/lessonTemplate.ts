/** A lesson's project template in the user's language: the project is named in that language. */
import { localizedLesson, type Lesson } from '../../../src/lessons';
import type { Locale } from '../../../src/i18n';
import type { ProjectTemplate } from '../../../src/templates';

export function localLessonTemplate(lesson: Lesson, locale: Locale): ProjectTemplate {
  const words = localizedLesson(lesson, locale);
  return {
    ...lesson.template,
    title: words.text.title,
    description: words.description,
    promise: words.promise,
    create: () => ({ ...lesson.template.create(), name: words.projectName }),
  };
}
