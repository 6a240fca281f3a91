/** Whether the generator's samples are varied, or collapsed onto a few modes, in plain words. */
import type { TrainerMessageOf } from '../../../src/protocol';
import { useT } from '../i18n';

type Check = TrainerMessageOf<'ganSamples'>['check'];

export function CollapseNote({ check }: { check: Check }) {
  const t = useT();
  const values = {
    spread: Math.round(check.spreadRatio * 100),
    coverage: Math.round(check.coverage * 100),
  };
  return check.collapsed ? (
    <p className="gan-note gan-note--warning" role="alert">
      {t('gan.collapse', values)}
    </p>
  ) : (
    <p className="gan-note" role="status">
      {t('gan.varied', values)}
    </p>
  );
}
