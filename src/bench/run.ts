/** `npm run bench`: measures what the targets are about and prints the figures. */
import { benchShapeInference, type Timing } from './shapeInference';

const TARGET_MS = 5;

const show = (t: Timing) =>
  `median ${t.medianMs.toFixed(2)} ms, p95 ${t.p95Ms.toFixed(2)} ms, max ${t.maxMs.toFixed(2)} ms over ${t.count} edits`;

function main(): number {
  const f = benchShapeInference();
  const pass = f.all.p95Ms <= TARGET_MS;
  console.log(
    `Shape inference + validation per edit on a ${f.nodes}-node graph (target: p95 ≤ ${TARGET_MS} ms)`,
  );
  console.log(`  first analysis, cold:           ${f.firstMs.toFixed(2)} ms`);
  console.log(`  all edits:                      ${show(f.all)}`);
  console.log(`  of which, edits reshaping every node downstream (worst case): ${show(f.global)}`);
  console.log(`  target ${pass ? 'met' : 'MISSED'}`);
  return pass ? 0 : 1;
}

process.exitCode = main();
