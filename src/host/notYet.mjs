#!/usr/bin/env node
// `npm start` and `npm run serve` until the app's window and browser mode are part of NeuroCanvas:
// say plainly what is here and exit, rather than fail in some obscure way.
const mode = process.argv[2] === 'serve' ? 'The browser mode' : 'The desktop app';
process.stderr.write(
  `${mode} is not part of this version of NeuroCanvas yet.\n` +
    'What works today is the core, the trainer and the command line:\n' +
    '  npx neurocanvas summary <file.ncproj|model.json>\n' +
    '  npx neurocanvas validate <file.ncproj|model.json>\n' +
    '  npx neurocanvas import <model.json> -o <file.ncproj>\n' +
    '  npx neurocanvas train <file.ncproj|model.json> [--dataset ID] [--out DIR]\n',
);
process.exitCode = 1;
