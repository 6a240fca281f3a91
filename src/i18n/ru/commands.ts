import type { Translation } from '../catalog';
import type { messages as english } from '../en/commands';

/** Russian messages of the commands area. */
export const messages: Translation<typeof english> = {};
