import type { Translation } from '../catalog';
import type { messages as english } from '../en/inspector';

/** Russian messages of the inspector area. */
export const messages: Translation<typeof english> = {};
