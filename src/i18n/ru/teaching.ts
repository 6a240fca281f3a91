import type { Translation } from '../catalog';
import type { messages as english } from '../en/teaching';

/** Russian messages of the teaching area. */
export const messages: Translation<typeof english> = {};
