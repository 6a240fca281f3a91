import type { Translation } from '../catalog';
import type { messages as english } from '../en/problems';

/** Russian messages of the problems area. */
export const messages: Translation<typeof english> = {};
