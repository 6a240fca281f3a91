/** The words of the Step detail panel: numbers as a teacher would read them out, and the rule. */
import type { Translate } from '../../../../src/i18n';
import type { TrainerMessageOf } from '../../../../src/protocol';

type StepDetail = TrainerMessageOf<'stepDetail'>;

const OPTIMIZER_NAMES: Record<StepDetail['optimizer'], string> = {
  sgd: 'SGD',
  adam: 'Adam',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
  adadelta: 'Adadelta',
  adamax: 'Adamax',
};

/** Four significant digits, switching to powers of ten for very small or large magnitudes. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a < 1e-3 || a >= 1e5 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}

/** Whether the update is exactly −τ·∇w: plain SGD, without momentum. */
export const isPlainSgd = (d: Pick<StepDetail, 'optimizer' | 'momentum'>): boolean =>
  d.optimizer === 'sgd' && d.momentum === 0;

/** How the update came about, e.g. "Update Δw = −τ·∇w with τ = 0.1 (plain SGD)." */
export function updateRule(
  d: Pick<StepDetail, 'optimizer' | 'momentum' | 'learningRate'>,
  t: Translate,
): string {
  const tau = formatValue(d.learningRate);
  if (isPlainSgd(d)) return t('training.step.plainSgd', { tau });
  const optimizer =
    d.optimizer === 'sgd'
      ? t('training.step.sgdMomentum', { momentum: formatValue(d.momentum) })
      : OPTIMIZER_NAMES[d.optimizer];
  return t('training.step.ownRule', { optimizer, tau });
}

export function heading(
  d: Pick<StepDetail, 'epoch' | 'batch' | 'probeIndex'>,
  t: Translate,
): string {
  return t('training.step.heading', {
    epoch: String(d.epoch),
    batch: String(d.batch),
    probe: String(d.probeIndex),
  });
}
