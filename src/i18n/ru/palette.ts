import type { Translation } from '../catalog';
import type { messages as english } from '../en/palette';

/** Russian messages of the palette area. */
export const messages: Translation<typeof english> = {};
