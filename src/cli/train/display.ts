/** How `neurocanvas train` shows a run to a person: the header, a line per epoch, a progress bar. */
import { formatNumber } from '../../layers/paramCheck';
import type { Scores, TrainerMessageOf } from '../../protocol';
import { metricKey } from './record';

/** "wasm: WebAssembly is …" → "wasm (WebAssembly is …)": the reason repeats the name first. */
export function backendLine(ready: TrainerMessageOf<'ready'>): string {
  const prefix = `${ready.backend}: `;
  const why = ready.reason.startsWith(prefix) ? ready.reason.slice(prefix.length) : ready.reason;
  return `Backend: ${ready.backend} (${why})`;
}

export function startedLine(started: TrainerMessageOf<'started'>, batchSize: number): string {
  const count = (n: number, one: string, many: string) =>
    `${formatNumber(n)} ${n === 1 ? one : many}`;
  const validation =
    started.validationExamples > 0
      ? `, validating on ${count(started.validationExamples, 'example', 'examples')}`
      : '';
  return (
    `Training on ${count(started.trainExamples, 'example', 'examples')}${validation}: ` +
    `${count(started.epochs, 'epoch', 'epochs')} of ${count(started.batchesPerEpoch, 'batch', 'batches')} ` +
    `(batch size ${batchSize}).`
  );
}

/** A loss or metric with four decimals; very large or very small ones as 2.798e+22. */
export function score(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const size = Math.abs(x);
  if (size >= 1e5 || (size > 0 && size < 1e-4)) return x.toExponential(3);
  return x.toFixed(4);
}

function scorePairs(prefix: string, scores: Scores): string[] {
  return [
    `${prefix}loss ${score(scores.loss)}`,
    ...Object.entries(scores.metrics).map(([name, v]) => `${prefix}${metricKey(name)} ${score(v)}`),
  ];
}

/** "Epoch  3/10  loss 0.4123  acc 0.8125  val_loss 0.4500  val_acc 0.8000  5,120 samples/s" */
export function epochLine(message: TrainerMessageOf<'epoch'>, epochs: number): string {
  const width = String(epochs).length;
  return [
    `Epoch ${String(message.epoch).padStart(width)}/${epochs}`,
    ...scorePairs('', message.train),
    ...(message.validation ? scorePairs('val_', message.validation) : []),
    `${formatNumber(Math.round(message.samplesPerS))} samples/s`,
  ].join('  ');
}

/** "Test: loss 0.1234  acc 0.9500" */
export function testLine(test: Scores): string {
  return `Test: ${scorePairs('', test).join('  ')}`;
}

/** Seconds as 42s, 3:07 or 1:02:09. */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/**
 * "Epoch 3/10 [█████░░░░░]  12/27  5,120 samples/s  ETA 0:12", fitted into `columns` characters;
 * the bar takes whatever room the text leaves, at least 10 cells.
 */
export function progressLine(
  batch: TrainerMessageOf<'batch'>,
  epochs: number,
  columns: number,
): string {
  const eta = batch.etaS === null ? '' : `  ETA ${formatEta(batch.etaS)}`;
  const head = `Epoch ${batch.epoch}/${epochs} `;
  const tail =
    `  ${batch.batch}/${batch.batchesPerEpoch}` +
    `  ${formatNumber(Math.round(batch.samplesPerS))} samples/s${eta}`;
  const cells = Math.max(10, Math.min(40, columns - 1 - head.length - tail.length - 2));
  const filled = Math.round(
    (cells * Math.min(batch.batch, batch.batchesPerEpoch)) / batch.batchesPerEpoch,
  );
  return `${head}[${'█'.repeat(filled)}${'░'.repeat(cells - filled)}]${tail}`;
}
