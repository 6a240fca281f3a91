/** Every lesson in Russian, by lesson id. Each group of lessons has its own file. */
import type { LessonTranslation } from './translation';

export const RUSSIAN_LESSONS: Readonly<Record<string, LessonTranslation>> = {};

export type { LessonTranslation } from './translation';
