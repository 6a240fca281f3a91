import type { Translation } from '../catalog';
import type { messages as english } from '../en/training';

/** Russian messages of the training area. */
export const messages: Translation<typeof english> = {};
