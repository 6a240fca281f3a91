/**
 * The trainer process of the built app: the same trainer module browser mode forks
 * (`src/train/process/trainer.mjs` loads these very sources through tsx), compiled into
 * out/main/trainer.js so that the packaged app starts it with `utilityProcess.fork` and needs no
 * TypeScript loader. It speaks to main over the utility process's parent port.
 */
import { runTrainer } from '../src/train/process/trainerMain';

runTrainer();
