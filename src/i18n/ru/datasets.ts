import type { Translation } from '../catalog';
import type { messages as english } from '../en/datasets';

/** Russian messages of the datasets area. */
export const messages: Translation<typeof english> = {};
