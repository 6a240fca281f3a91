/** Every lesson in Russian, by lesson id. Each group of lessons has its own file. */
import { APPLICATION_LESSONS } from './applications';
import { AUTOENCODER_LESSONS } from './autoencoder';
import { DEEP_LESSONS } from './deep';
import { GAN_LESSONS } from './gan';
import { IMAGE_LESSONS } from './images';
import { REGRESSION_LESSONS } from './regression';
import type { LessonTranslation } from './translation';

export const RUSSIAN_LESSONS: Readonly<Record<string, LessonTranslation>> = {
  ...REGRESSION_LESSONS,
  ...DEEP_LESSONS,
  ...IMAGE_LESSONS,
  ...APPLICATION_LESSONS,
  ...AUTOENCODER_LESSONS,
  ...GAN_LESSONS,
};

export type { LessonTranslation } from './translation';
