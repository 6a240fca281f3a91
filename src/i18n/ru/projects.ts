import type { Translation } from '../catalog';
import type { messages as english } from '../en/projects';

/** Russian messages of the projects area. */
export const messages: Translation<typeof english> = {};
