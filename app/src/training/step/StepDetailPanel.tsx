/**
 * After a Step (one batch trained while paused), what that batch did to every layer with weights:
 * the lecture's forward, backward and update. Forward is the layer's output for the probe example
 * with the weights the batch started from; Backward is ∂L/∂w for the batch's loss; Update is the
 * change the optimizer really applied, which for plain SGD is Δw = −τ·∇w. A layer with several
 * weight tensors (kernel, bias) shows one at a time, chosen with its buttons.
 */
import { useState } from 'react';
import type { TrainerMessageOf } from '../../../../src/protocol';
import { useT } from '../../i18n';
import { useTraining } from '../../stores/trainingStore';
import { StepHeatmap } from './StepHeatmap';
import { heading, updateRule } from './stepText';
import './stepDetail.css';

type StepLayer = TrainerMessageOf<'stepDetail'>['layers'][number];

export function StepDetailPanel() {
  const detail = useTraining((s) => s.stepDetail);
  const t = useT();
  if (!detail) return null;
  return (
    <section className="view step-detail" role="region" aria-label={t('training.step')}>
      <h3 className="view__caption step-detail__heading">{heading(detail, t)}</h3>
      <p className="step-detail__rule">{updateRule(detail, t)}</p>
      <ul className="step-detail__layers">
        {detail.layers.map((layer) => (
          <li key={layer.name}>
            <LayerRow layer={layer} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function LayerRow({ layer }: { layer: StepLayer }) {
  const [chosen, choose] = useState(0);
  const t = useT();
  const tensor = layer.tensors[Math.min(chosen, layer.tensors.length - 1)]!;
  const subject = `${layer.name} ${tensor.name}`;
  return (
    <article className="step-layer" aria-label={t('training.step.layer', { name: layer.name })}>
      <h4 className="step-layer__name">{layer.name}</h4>
      {layer.tensors.length > 1 && (
        <div
          className="step-layer__tensors"
          role="group"
          aria-label={t('training.step.weightsOf', { name: layer.name })}
        >
          {layer.tensors.map((t, i) => (
            <button
              key={t.name}
              type="button"
              aria-pressed={t === tensor}
              onClick={() => choose(i)}
            >
              {`${t.name} [${t.shape.join('×')}]`}
            </button>
          ))}
        </div>
      )}
      <div className="step-layer__maps">
        <StepHeatmap title={t('training.step.forward')} subject={layer.name} map={layer.forward} />
        <StepHeatmap
          title={t('training.step.backward')}
          subject={subject}
          map={tensor.gradient}
          norm={tensor.gradientNorm}
        />
        <StepHeatmap
          title={t('training.step.update')}
          subject={subject}
          map={tensor.update}
          norm={tensor.updateNorm}
        />
      </div>
    </article>
  );
}
