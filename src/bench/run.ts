/**
 * `npm run bench [-- --json] [-- --training] [-- --profile]`: measures what the targets are about and prints the figures.
 *   1. shape inference per edit on a 1,000-node graph (target p95 ≤ 5 ms);
 *   2. training throughput of the bench models on every backend that loads here;
 *   3. the same in PyTorch, when /usr/bin/python3 has it, and the ratio ours/PyTorch;
 *   4. with `--profile`, the CNN's training step kernel by kernel on the fastest backend;
 *   5. what the live streams cost (target: at most 5% slower with every stream on);
 *   6. data imports: a 100 MB CSV (MB/s, peak memory against < 3× the file) and 10,000 PNGs.
 * `--training` measures 2 to 4 only.
 */
import { benchData } from './data';
import { profileKernels } from './kernelProfile';
import { BENCH_MODELS } from './models';
import { benchShapeInference, type Timing } from './shapeInference';
import { runTorchPeer, torchAvailable } from './torchPeer';
import {
  MEASURED_RUNS,
  benchDataset,
  benchEpochs,
  benchTraining,
  streamOverhead,
} from './training';
import { selectBackend } from '../train/backend/select';

const INFERENCE_TARGET_MS = 5;
const STREAM_BUDGET = 0.05;
const RATIO_TARGETS: Record<string, number> = { mlp: 1.0, cnn: 0.5 };

const json = process.argv.includes('--json');
const profile = process.argv.includes('--profile');
const trainingOnly = process.argv.includes('--training');
const log = (line: string) => {
  if (!json) console.log(line);
};
const show = (t: Timing) =>
  `median ${t.medianMs.toFixed(2)} ms, p95 ${t.p95Ms.toFixed(2)} ms, max ${t.maxMs.toFixed(2)} ms over ${t.count} edits`;
const rate = (x: number) => `${Math.round(x).toLocaleString('en-US')} samples/s`;

async function main(): Promise<number> {
  const report: Record<string, unknown> = {};

  if (!trainingOnly) {
    const inference = benchShapeInference();
    report.shapeInference = inference;
    log(
      `Shape inference + validation per edit on a ${inference.nodes}-node graph (target: p95 ≤ ${INFERENCE_TARGET_MS} ms)`,
    );
    log(`  first analysis, cold: ${inference.firstMs.toFixed(2)} ms`);
    log(`  all edits: ${show(inference.all)}`);
    log(
      `  of which, edits reshaping every node downstream (worst case): ${show(inference.global)}`,
    );
  }

  log(
    `\nTraining throughput (streams off, Adam; the median of ${MEASURED_RUNS} runs after a first run, shown in brackets):`,
  );
  const training = await benchTraining(BENCH_MODELS);
  report.training = training;
  for (const r of training) {
    const first = r.runs > 1 ? `  (first run ${rate(r.firstRun)})` : '  (one run)';
    log(`  ${r.backend.padEnd(10)} ${r.model.padEnd(7)} ${rate(r.samplesPerSecond)}${first}`);
  }

  const fastest = await selectBackend();
  report.backend = fastest;
  if (await torchAvailable()) {
    const jobs = [];
    for (const model of BENCH_MODELS)
      jobs.push({ model, data: await benchDataset(model), epochs: benchEpochs(model), seed: 1 });
    const peer = await runTorchPeer(jobs, 2, MEASURED_RUNS);
    const ratios: Record<string, number> = {};
    log(
      `\nPyTorch ${peer.torch} (${peer.threads} threads) on the same data, and ours (${fastest.name}) / PyTorch:`,
    );
    const firstRatios: Record<string, number> = {};
    for (const model of BENCH_MODELS) {
      const theirs = peer.samplesPerSecond[model.name]!;
      const mine = training.find((r) => r.backend === fastest.name && r.model === model.name);
      if (mine === undefined) continue;
      const ours = mine.samplesPerSecond;
      ratios[model.name] = ours / theirs;
      firstRatios[model.name] = mine.firstRun / peer.firstRun[model.name]!;
      const target = RATIO_TARGETS[model.name];
      const verdict =
        target === undefined
          ? ''
          : ` (target ≥ ${target.toFixed(1)}×: ${ours / theirs >= target ? 'met' : 'MISSED'})`;
      log(
        `  ${model.name.padEnd(7)} ${rate(theirs)}, ratio ${(ours / theirs).toFixed(2)}×${verdict}; first runs ${rate(peer.firstRun[model.name]!)}, ratio ${firstRatios[model.name]!.toFixed(2)}×`,
      );
    }
    report.pytorch = { ...peer, ratios, firstRatios };
  } else {
    log(
      '\nPyTorch: /usr/bin/python3 cannot import torch (apt-get install python3-torch), so no ratios.',
    );
  }

  if (profile) {
    const cnn = BENCH_MODELS.find((m) => m.name === 'cnn')!;
    const p = await profileKernels(fastest, cnn, await benchDataset(cnn));
    report.profile = p;
    log(
      `\nOne ${cnn.name} training step on ${p.backend}, kernel by kernel (ms per step; indented: called by the kernel above):`,
    );
    log(
      `  whole step ${p.msPerStep.toFixed(2)} ms, in kernels ${p.kernelMsPerStep.toFixed(2)} ms, between them ${(p.msPerStep - p.kernelMsPerStep).toFixed(2)} ms`,
    );
    for (const r of p.rows.filter((row) => row.msPerStep >= 0.01)) {
      const name = (r.nested ? '    ' : '  ') + r.kernel;
      log(`${name.padEnd(32)} ${r.msPerStep.toFixed(3)} ms  (${r.callsPerStep.toFixed(1)} calls)`);
    }
  }

  if (trainingOnly) {
    if (json) console.log(JSON.stringify(report));
    return 0;
  }

  log(
    `\nStreaming overhead on ${fastest.name} (every stream on vs off; budget ≤ ${STREAM_BUDGET * 100}%):`,
  );
  const overhead: Record<string, number> = {};
  for (const model of BENCH_MODELS.filter((m) => m.name !== 'mlp')) {
    const data = await benchDataset(model);
    // Runs of a few seconds each, so that timer noise does not pass for overhead.
    const epochs = model.name === 'spiral' ? 150 : 2;
    const r = await streamOverhead(fastest, model, data, { pairs: 5, epochs });
    overhead[model.name] = r.overhead;
    log(
      `  ${model.name.padEnd(7)} off ${rate(r.off)}, on ${rate(r.on)}: ${(r.overhead * 100).toFixed(1)}% slower (median of 5 pairs in alternating order, after a warm-up run of each)`,
    );
  }
  report.streamingOverhead = overhead;
  report.data = await benchData(log);

  if (json) console.log(JSON.stringify(report));
  return 0;
}

process.exitCode = await main();
