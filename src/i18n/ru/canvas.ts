import type { Translation } from '../catalog';
import type { messages as english } from '../en/canvas';

/** Russian messages of the canvas area. */
export const messages: Translation<typeof english> = {};
