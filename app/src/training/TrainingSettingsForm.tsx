/**
 * The training settings, a form generated from `TRAINING_PARAMS` with the inspector's fields.
 * While a run uses them they are shown but locked, except the learning rate, which the run takes
 * from its next batch. Settings for image inputs (augmentation) appear only for image datasets.
 */
import type { ParamSchema, ParamValue } from '../../../src/layers/params';
import { datasetInfo } from '../../../src/data/catalog';
import { settingApplies, TRAINING_PARAMS } from '../../../src/project';
import { ParamField } from '../inspector/ParamField';
import { endEdit } from '../inspector/paramEdits';
import { useDocument } from '../stores/documentStore';
import { setTrainingSetting } from './trainingEdits';

const SCHEMA = TRAINING_PARAMS as unknown as ParamSchema;

export function TrainingSettingsForm({ locked }: { locked: boolean }) {
  const training = useDocument((s) => s.project.training);
  const inputShape = useDocument((s) => {
    const dataset = s.project.dataset;
    return dataset
      ? (dataset.data?.inputShape ?? datasetInfo(dataset.id)?.inputShape ?? null)
      : null;
  });
  const values = training as unknown as Readonly<Record<string, ParamValue>>;
  return (
    <div className="training-settings" role="group" aria-label="Training settings">
      {Object.entries(SCHEMA)
        .filter(
          ([key, spec]) => settingApplies(key, inputShape) && (spec.visibleWhen?.(values) ?? true),
        )
        .map(([key, spec]) => (
          <ParamField
            key={key}
            id={`training-${key}`}
            spec={spec}
            value={values[key] ?? spec.default}
            disabled={locked && key !== 'learningRate'}
            onChange={(value, typing) => setTrainingSetting(key, value, typing)}
            onDone={endEdit}
          />
        ))}
    </div>
  );
}
