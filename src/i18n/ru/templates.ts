import type { Translation } from '../catalog';
import type { messages as english } from '../en/templates';

/** Russian messages of the templates area. */
export const messages: Translation<typeof english> = {};
