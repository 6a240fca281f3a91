/** The lessons in lecture order, and the lecture's topics they fall under. */
import { linearRegression, logisticRegression } from './regression';
import { circleMlp, deepRelu, deepSigmoid, spiralDeep, xorMlp } from './deep';
import { alexNet, denseDigits, lenetLesson, miniAlexNet, smallCnnDigits } from './images';
import { shapesAutoencoder, shapesBoxes, shapesUnet, wavesConv1d } from './applications';
import { LECTURE_TOPICS, type LectureNumber, type Lesson } from './lesson';

export const LESSONS: readonly Lesson[] = [
  linearRegression,
  logisticRegression,
  xorMlp,
  circleMlp,
  spiralDeep,
  deepSigmoid,
  deepRelu,
  denseDigits,
  smallCnnDigits,
  lenetLesson,
  alexNet,
  miniAlexNet,
  wavesConv1d,
  shapesAutoencoder,
  shapesUnet,
  shapesBoxes,
];

export function getLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export interface LessonGroup {
  lecture: LectureNumber;
  topic: string;
  lessons: readonly Lesson[];
}

/** The lessons under their lecture topics, topics in lecture order. */
export function lessonGroups(): LessonGroup[] {
  const numbers = Object.keys(LECTURE_TOPICS)
    .map(Number)
    .sort((a, b) => a - b) as LectureNumber[];
  return numbers.map((lecture) => ({
    lecture,
    topic: LECTURE_TOPICS[lecture],
    lessons: LESSONS.filter((l) => l.lecture === lecture),
  }));
}

export { LECTURE_TOPICS } from './lesson';
export type { LectureNumber, Lesson, LessonText } from './lesson';
export { learnedLine, trueLine, type Line } from './lineFit';
export { LINE_NODE } from './regression';
