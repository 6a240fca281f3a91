#!/usr/bin/env node
// Entry point of the `neurocanvas` command. The sources are TypeScript; tsx loads them as they are.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
