/**
 * Whether the canvas is zoomed out beyond reading (11 px shape labels under 4 px). Such an overview
 * shows layers as coloured boxes and connections without shape labels: drawing, and updating at
 * every edit, hundreds of labels nobody can read is what makes a large graph slow.
 */
import { createContext } from 'react';

export const OVERVIEW_ZOOM = 0.35;

export const OverviewContext = createContext(false);
