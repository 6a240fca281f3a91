/** "Labs…": opens the interactive labs (activation functions, convolution and pooling, receptive field). */
import type { Command } from '../commands/types';
import { labsStore } from './labsStore';

export const openLabs: Command = {
  name: 'openLabs',
  label: 'Labs…',
  perform() {
    labsStore.getState().show();
  },
};
