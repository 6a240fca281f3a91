import type { Translation } from '../catalog';
import type { messages as english } from '../en/summary';

/** Russian messages of the summary area. */
export const messages: Translation<typeof english> = {};
