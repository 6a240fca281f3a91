import type { Translation } from '../catalog';
import type { messages as english } from '../en/data';

/** Russian messages of the data area. */
export const messages: Translation<typeof english> = {};
