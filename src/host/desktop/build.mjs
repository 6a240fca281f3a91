#!/usr/bin/env node
// Entry point of `npm run build:desktop`: the renderer and the shell, ready for electron-builder.
import { register } from 'tsx/esm/api';

register();
const { buildForPackaging } = await import('./startBuild.ts');
const { PACKAGE_ROOT } = await import('../serveMain.ts');
process.exitCode = await buildForPackaging(PACKAGE_ROOT, (line) => console.log(line));
