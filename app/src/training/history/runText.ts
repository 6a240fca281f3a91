/** Runs of the history in words: a settings summary and the final scores. */
import type { RunRecord } from '../../../../src/project';
import { formatScore } from '../charts/scoreText';

const STOPS: Readonly<Record<RunRecord['stopReason'], string>> = {
  done: '',
  user: ', stopped',
  'early-stopping': ', stopped early',
  nan: ', diverged',
};

/** E.g. "adam, learning rate 0.01, batch 32, 10 epochs, xor". */
export function settingsSummary(run: RunRecord): string {
  const t = run.training;
  const trained = run.epochs.at(-1)?.epoch ?? 0;
  const epochs = trained === t.epochs ? `${t.epochs} epochs` : `${trained} of ${t.epochs} epochs`;
  return `${t.optimizer}, learning rate ${t.learningRate}, batch ${t.batchSize}, ${epochs}${STOPS[run.stopReason]}, ${run.datasetId}`;
}

/** The last epoch's scores, validation first when there is one, e.g. "val_acc 91.2%". */
export function finalScores(run: RunRecord): string {
  const last = run.epochs.at(-1)?.values ?? {};
  const keys = Object.keys(last).filter(
    (k) => k === 'loss' || k === 'val_loss' || !k.endsWith('loss'),
  );
  const ordered = [
    ...keys.filter((k) => k.startsWith('val_')),
    ...keys.filter((k) => !k.startsWith('val_')),
  ];
  return ordered
    .slice(0, 2)
    .map((k) => `${k} ${formatScore(k.replace(/^val_/, ''), last[k] ?? NaN)}`)
    .join(', ');
}

/** The scores any of `runs` has per epoch, losses first. */
export function scoreKeys(runs: readonly RunRecord[]): string[] {
  const keys = new Set<string>();
  for (const run of runs)
    for (const e of run.epochs) for (const k of Object.keys(e.values)) keys.add(k);
  const order = (k: string) =>
    k === 'loss' ? 0 : k === 'val_loss' ? 1 : k.startsWith('val_') ? 3 : 2;
  return [...keys].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}
