import type { Translation } from '../catalog';
import type { messages as english } from '../en/toolbar';

/** Russian messages of the toolbar area. */
export const messages: Translation<typeof english> = {};
