import type { Translation } from '../catalog';
import type { messages as english } from '../en/layers';

/** Russian messages of the layers area. */
export const messages: Translation<typeof english> = {};
