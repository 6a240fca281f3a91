/**
 * The settings only adversarial training has. They live with the other training settings in the
 * project, but are shown here, beside the GAN they tune, and only for a GAN.
 */
import type { ParamSpec } from '../../../src/layers/params';
import { GAN_SETTINGS, TRAINING_PARAMS } from '../../../src/project/training';
import { useT } from '../i18n';
import { ParamField } from '../inspector/ParamField';
import { endEdit } from '../inspector/paramEdits';
import { useDocument } from '../stores/documentStore';
import { setTrainingSetting } from '../training/trainingEdits';

export function GanSettings({ locked }: { locked: boolean }) {
  const t = useT();
  const training = useDocument((s) => s.project.training);
  return (
    <div className="gan-settings" role="group" aria-label={t('gan.settings')}>
      {GAN_SETTINGS.map((key) => {
        const spec: ParamSpec = {
          ...TRAINING_PARAMS[key],
          label: t(`gan.setting.${key}.label`),
          help: t(`gan.setting.${key}.help`),
        };
        return (
          <ParamField
            key={key}
            id={`training-${key}`}
            spec={spec}
            value={training[key]}
            disabled={locked}
            onChange={(value, typing) => setTrainingSetting(key, value, typing)}
            onDone={endEdit}
          />
        );
      })}
    </div>
  );
}
