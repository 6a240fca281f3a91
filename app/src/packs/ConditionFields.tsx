/** The fields of one condition in the teacher's task form; which fields depends on its kind. */
import { allLayers } from '../../../src/layers/registry';
import { CHECK_KINDS, COMPARISONS, METRICS, type CheckKind } from '../../../src/packs/classroom';
import { metricName } from '../../../src/packs/checks';
import { speak } from '../../../src/packs/phrase';
import type { MessageKey } from '../../../src/i18n';
import { useT } from '../i18n';
import { isPercent, type ConditionDraft } from './taskDraft';

const KIND_NAMES: Readonly<Record<CheckKind, MessageKey>> = {
  metric: 'packs.teacher.kind.metric',
  dataset: 'packs.teacher.kind.dataset',
  maxHiddenLayers: 'packs.teacher.kind.maxHiddenLayers',
  maxParams: 'packs.teacher.kind.maxParams',
  hasLayer: 'packs.teacher.kind.hasLayer',
  noLayer: 'packs.teacher.kind.noLayer',
};

/** Layer types a task may ask for or forbid: every type but the model's two ends. */
const LAYER_TYPES = allLayers
  .filter((def) => def.category !== 'Input' && def.category !== 'Output')
  .map((def) => def.type);

interface Props {
  index: number;
  condition: ConditionDraft;
  /** Dataset ids to offer: every built-in one, and the project's own. */
  datasets: readonly string[];
  onChange(next: ConditionDraft): void;
  onRemove(): void;
}

export function ConditionFields({ index, condition: c, datasets, onChange, onRemove }: Props) {
  const t = useT();
  const set = (patch: Partial<ConditionDraft>) => onChange({ ...c, ...patch });
  const shows = {
    metric: c.kind === 'metric',
    dataset: c.kind === 'dataset',
    count: c.kind === 'maxHiddenLayers' || c.kind === 'maxParams',
    layerType: c.kind === 'hasLayer' || c.kind === 'noLayer',
  };
  return (
    <fieldset className="packs-condition">
      <legend>{t('packs.teacher.condition', { index })}</legend>
      <select
        aria-label={t('packs.teacher.kind', { index })}
        value={c.kind}
        onChange={(e) => set({ kind: e.target.value as CheckKind })}
      >
        {CHECK_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(KIND_NAMES[kind])}
          </option>
        ))}
      </select>
      {shows.metric && (
        <>
          <select
            aria-label={t('packs.teacher.metric', { index })}
            value={c.metric}
            onChange={(e) => set({ metric: e.target.value as ConditionDraft['metric'] })}
          >
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {speak(t, metricName(m))}
              </option>
            ))}
          </select>
          <select
            aria-label={t('packs.teacher.comparison', { index })}
            value={c.op}
            onChange={(e) => set({ op: e.target.value as ConditionDraft['op'] })}
          >
            {COMPARISONS.map((op) => (
              <option key={op} value={op}>
                {t(op === 'atLeast' ? 'packs.teacher.atLeast' : 'packs.teacher.atMost')}
              </option>
            ))}
          </select>
          <input
            type="number"
            min={0}
            max={isPercent(c.metric) ? 100 : undefined}
            step="any"
            aria-label={t(
              isPercent(c.metric) ? 'packs.teacher.percentValue' : 'packs.teacher.value',
              { index },
            )}
            value={c.value}
            onChange={(e) => set({ value: e.target.value })}
          />
        </>
      )}
      {shows.dataset && (
        <select
          aria-label={t('packs.teacher.datasetId', { index })}
          value={c.datasetId}
          onChange={(e) => set({ datasetId: e.target.value })}
        >
          {datasets.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      )}
      {shows.count && (
        <input
          type="number"
          min={0}
          step={1}
          aria-label={t('packs.teacher.count', { index })}
          value={c.count}
          onChange={(e) => set({ count: e.target.value })}
        />
      )}
      {shows.layerType && (
        <select
          aria-label={t('packs.teacher.layerType', { index })}
          value={c.layerType}
          onChange={(e) => set({ layerType: e.target.value })}
        >
          {LAYER_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={onRemove}>
        {t('packs.teacher.removeCondition', { index })}
      </button>
    </fieldset>
  );
}
