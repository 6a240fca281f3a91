/** The app's training controller, over the app's stores. */
import { downloadStatusStore } from '../data/downloadStatus';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
import { probeStore } from '../stores/trainingProbe';
import { trainingStore } from '../stores/trainingStore';
import { uiStore } from '../stores/uiStore';
import { TrainingController } from './trainingController';

export const trainingController = new TrainingController({
  doc: documentStore,
  training: trainingStore,
  host: hostStore,
  ui: uiStore,
  probe: probeStore,
  downloads: downloadStatusStore,
});
