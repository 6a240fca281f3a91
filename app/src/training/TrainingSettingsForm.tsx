/**
 * The training settings, a form generated from `TRAINING_PARAMS` with the inspector's fields.
 * While a run uses them they are shown but locked, except the learning rate, which the run takes
 * from its next batch. Settings for image inputs (augmentation) appear only for image datasets.
 */
import { isMessageKey, type Translate } from '../../../src/i18n';
import type { ParamSchema, ParamSpec, ParamValue } from '../../../src/layers/params';
import { datasetInfo } from '../../../src/data/catalog';
import { settingApplies, TRAINING_PARAMS } from '../../../src/project';
import { ParamField } from '../inspector/ParamField';
import { useT } from '../i18n';
import { endEdit } from '../inspector/paramEdits';
import { useLocksInForce } from '../packs/useLocks';
import { useDocument } from '../stores/documentStore';
import { setTrainingSetting } from './trainingEdits';

const SCHEMA = TRAINING_PARAMS as unknown as ParamSchema;

/** A setting's label, help and choices in the language of `t`; names such as Adam stay as they are. */
function localSpec(key: string, spec: ParamSpec, t: Translate): ParamSpec {
  const text = (suffix: string, english: string) => {
    const id = `training.setting.${key}.${suffix}`;
    return isMessageKey(id) ? t(id) : english;
  };
  const local = { ...spec, label: text('label', spec.label), help: text('help', spec.help) };
  return 'options' in local
    ? {
        ...local,
        options: local.options.map((o) => ({
          ...o,
          label: text(`option.${String(o.value)}`, o.label),
        })),
      }
    : local;
}

export function TrainingSettingsForm({ locked }: { locked: boolean }) {
  const training = useDocument((s) => s.project.training);
  const inputShape = useDocument((s) => {
    const dataset = s.project.dataset;
    return dataset
      ? (dataset.data?.inputShape ?? datasetInfo(dataset.id)?.inputShape ?? null)
      : null;
  });
  const values = training as unknown as Readonly<Record<string, ParamValue>>;
  const t = useT();
  const lock = useLocksInForce()?.training ? t('packs.lock.field') : undefined;
  return (
    <div className="training-settings" role="group" aria-label={t('training.settings')}>
      {Object.entries(SCHEMA)
        .filter(
          ([key, spec]) => settingApplies(key, inputShape) && (spec.visibleWhen?.(values) ?? true),
        )
        .map(([key, spec]) => (
          <ParamField
            key={key}
            id={`training-${key}`}
            spec={localSpec(key, spec, t)}
            value={values[key] ?? spec.default}
            disabled={locked && key !== 'learningRate'}
            lock={lock}
            onChange={(value, typing) => setTrainingSetting(key, value, typing)}
            onDone={endEdit}
          />
        ))}
    </div>
  );
}
