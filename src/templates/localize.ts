/**
 * A template's words in the user's language: what the gallery shows, and the name and notes of the
 * project it creates. English comes from the template itself; a lesson's template speaks with its
 * lesson's words.
 */
import type { Locale } from '../i18n';
import { getLesson } from '../lessons';
import { localizedLesson } from '../lessons/localize';
import { RUSSIAN_TEMPLATES, type TemplateTranslation } from './ru';
import type { ProjectTemplate } from './template';

function russianWords(template: ProjectTemplate): TemplateTranslation {
  const own = RUSSIAN_TEMPLATES[template.id];
  if (own) return own;
  const lesson = getLesson(template.id);
  if (!lesson) throw new Error(`Template '${template.id}' has no Russian text.`);
  const { text, description, promise, projectName } = localizedLesson(lesson, 'ru');
  return { title: text.title, description, promise, projectName, notes: text.idea };
}

/**
 * The template in `locale`: the same project, with its title, description and promise, and the
 * created project's name and notes, in that language. The test of every template guarantees a
 * translation, so English never stands in for a missing one.
 */
export function localizedTemplate(template: ProjectTemplate, locale: Locale): ProjectTemplate {
  if (locale === 'en') return template;
  const words = russianWords(template);
  return {
    id: template.id,
    title: words.title,
    description: words.description,
    promise: words.promise,
    create: () => ({ ...template.create(), name: words.projectName, notes: words.notes }),
  };
}
