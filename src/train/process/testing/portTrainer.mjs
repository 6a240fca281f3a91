// The trainer module in a worker thread, which plays an Electron utility process: the worker's
// port stands in for `process.parentPort`, and each message from the test carries its `data` and
// `ports` apart, as a utility process's message event does. The trainer itself runs unchanged.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
process.parentPort = {
  postMessage: (message) => parentPort.postMessage(message),
  on: (event, listener) =>
    parentPort.on(event, (message) => listener({ data: message.data, ports: message.ports })),
};
const { runTrainer } = await import('../trainerMain.ts');
runTrainer();
