/** The lessons in lecture order, and the lecture's topics they fall under. */
import { linearRegression, logisticRegression } from './regression';
import { circleMlp, deepRelu, deepSigmoid, spiralDeep, xorMlp } from './deep';
import { alexNet, denseDigits, lenetLesson, miniAlexNet, smallCnnDigits } from './images';
import { shapesAutoencoder, shapesBoxes, shapesUnet, wavesConv1d } from './applications';
import { digitsAutoencoder } from './autoencoder';
import { gan2d, ganDigits } from './gan';
import { LECTURE_TOPICS, TOPIC_LABS, type LabId, type LectureNumber, type Lesson } from './lesson';

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
  digitsAutoencoder,
  shapesUnet,
  shapesBoxes,
  gan2d,
  ganDigits,
];

export function getLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export interface LessonGroup {
  lecture: LectureNumber;
  topic: string;
  lessons: readonly Lesson[];
  /** The lab that teaches the topic, for the topics taught by a lab. */
  lab?: LabId;
}

/**
 * Every topic of the lecture in order, with its lessons and its lab. A topic may have neither yet:
 * the GAN lessons of topic 12 join `lessons` (or `LESSONS`) with `lecture: 12` and show up here.
 */
export function lessonGroups(lessons: readonly Lesson[] = LESSONS): LessonGroup[] {
  const numbers = Object.keys(LECTURE_TOPICS)
    .map(Number)
    .sort((a, b) => a - b) as LectureNumber[];
  return numbers.map((lecture) => {
    const lab = TOPIC_LABS[lecture];
    return {
      lecture,
      topic: LECTURE_TOPICS[lecture],
      lessons: lessons.filter((l) => l.lecture === lecture),
      ...(lab ? { lab } : {}),
    };
  });
}

export { LECTURE_TOPICS, TOPIC_LABS } from './lesson';
export type { LabId, LectureNumber, Lesson, LessonText } from './lesson';
export { localizedLesson } from './localize';
export { CODE_LAYER } from './autoencoder';
export { learnedLine, trueLine, type Line } from './lineFit';
export { LINE_NODE } from './regression';
