import type { Translation } from '../catalog';
import type { messages as english } from '../en/gan';

/** Russian messages of the gan area. */
export const messages: Translation<typeof english> = {};
