import type { Translation } from '../catalog';
import type { messages as english } from '../en/packs';

/** Russian messages of the packs area. */
export const messages: Translation<typeof english> = {};
