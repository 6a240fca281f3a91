import type { LessonText } from '../lesson';

/** A lesson in another language: its panel text and what the gallery shows about it. */
export interface LessonTranslation {
  text: LessonText;
  description: string;
  promise: string;
  projectName: string;
}
