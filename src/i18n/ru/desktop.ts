import type { Translation } from '../catalog';
import type { messages as english } from '../en/desktop';

/** Russian messages of the desktop area. */
export const messages: Translation<typeof english> = {};
