#!/usr/bin/env node
// `npm start` until the desktop shell is part of NeuroCanvas: say plainly what is here and exit,
// rather than fail in some obscure way.
process.stderr.write(
  'The desktop app is not part of this version of NeuroCanvas yet.\n' +
    'Run the same app in your browser instead:\n' +
    '  npm run serve\n' +
    'The command line works too:\n' +
    '  npx neurocanvas summary <file.ncproj|model.json>\n' +
    '  npx neurocanvas validate <file.ncproj|model.json>\n' +
    '  npx neurocanvas import <model.json> -o <file.ncproj>\n' +
    '  npx neurocanvas train <file.ncproj|model.json> [--dataset ID] [--out DIR]\n',
);
process.exitCode = 1;
