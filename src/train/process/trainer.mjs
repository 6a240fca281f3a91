// Entry point of the trainer process. The sources are TypeScript; tsx loads them as they are.
import { register } from 'tsx/esm/api';

register();
const { runTrainer } = await import('./trainerMain.ts');
runTrainer();
