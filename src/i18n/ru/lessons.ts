import type { Translation } from '../catalog';
import type { messages as english } from '../en/lessons';

/** Russian messages of the lessons area. */
export const messages: Translation<typeof english> = {};
