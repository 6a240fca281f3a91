/** "Labs…": opens the interactive labs (activation functions, convolution and pooling, receptive field). */
import { describedAs } from '../../../src/commands/catalog';
import type { Command } from '../commands/types';
import { labsStore } from './labsStore';

export const openLabs: Command = {
  ...describedAs('openLabs'),
  perform() {
    labsStore.getState().show();
  },
};
