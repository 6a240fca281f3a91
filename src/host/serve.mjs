#!/usr/bin/env node
// Entry point of `npm run serve`. The sources are TypeScript; tsx loads them as they are.
import { register } from 'tsx/esm/api';

register();
const { serveMain } = await import('./serveMain.ts');
process.exitCode = await serveMain(process.argv.slice(2));
