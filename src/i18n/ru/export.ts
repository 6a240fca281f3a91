import type { Translation } from '../catalog';
import type { messages as english } from '../en/export';

/** Russian messages of the export area. */
export const messages: Translation<typeof english> = {};
