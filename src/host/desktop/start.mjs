#!/usr/bin/env node
// Entry point of `npm start`. The sources are TypeScript; tsx loads them as they are.
import { register } from 'tsx/esm/api';

register();
const { startMain } = await import('./startMain.ts');
process.exitCode = await startMain(process.argv.slice(2));
