/** Runs of the history in words: a settings summary and the final scores. */
import { isMessageKey, type Translate } from '../../../../src/i18n';
import { datasetName } from '../../data/datasetText';
import type { RunRecord } from '../../../../src/project';
import { formatScore } from '../charts/scoreText';

/** A run's name as the user's language says it: "Run 3" is "Запуск 3" in Russian. */
export function runName(run: RunRecord, t: Translate): string {
  const n = /^Run (\d+)$/.exec(run.name);
  return n ? t('training.history.runName', { n: n[1]! }) : run.name;
}

/** E.g. "adam, learning rate 0.01, batch 32, 10 epochs, xor". */
export function settingsSummary(run: RunRecord, t: Translate): string {
  const s = run.training;
  const trained = run.epochs.at(-1)?.epoch ?? 0;
  const epochs =
    trained === s.epochs
      ? t('training.history.epochs', { count: s.epochs })
      : t('training.history.epochsOf', { trained: String(trained), count: s.epochs });
  return t('training.history.summary', {
    optimizer: s.optimizer,
    rate: String(s.learningRate),
    batch: String(s.batchSize),
    epochs,
    stop: run.stopReason === 'done' ? '' : t(`training.history.stop.${run.stopReason}`),
    dataset: datasetName(t, run.datasetId),
  });
}

/**
 * A score's name as the user's language says it: 'val_acc' is "validation accuracy". A score the
 * catalogs do not know keeps its key.
 */
export function scoreName(key: string, t: Translate): string {
  if (key.startsWith('val_'))
    return t('training.history.validation', { score: scoreName(key.slice(4), t) });
  if (key === 'loss') return t('training.history.loss');
  // A GAN's own scores: the generator's loss and the discriminator's mean outputs.
  const own = `training.history.score.${key}`;
  if (isMessageKey(own)) return t(own);
  const metric = `training.metric.${key}`;
  return isMessageKey(metric) ? t(metric).toLowerCase() : key;
}

/** The last epoch's scores, validation first when there is one, e.g. "validation accuracy 91.2%". */
export function finalScores(run: RunRecord, t: Translate): string {
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
    .map((k) => `${scoreName(k, t)} ${formatScore(k.replace(/^val_/, ''), last[k] ?? NaN)}`)
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
