/** A single neuron, y = f(w₁x₁ + w₂x₂ + b), with sliders for every input, weight and the bias. */
import { useId, useState } from 'react';
import { neuronOutput } from '../../../../src/teaching/activations';
import { useT } from '../../i18n';
import { CurveFigure } from './CurveFigure';
import {
  COLORS,
  LAB_FUNCTIONS,
  NAMES,
  SYMBOLS,
  labCurve,
  type LabFunction,
  type LabSettings,
} from './activationSet';
import { Slider } from './Slider';

const round = (v: number) => Math.round(v * 1000) / 1000;

export function NeuronPanel({ settings }: { settings: LabSettings }) {
  const t = useT();
  const selectId = useId();
  const [fn, setFn] = useState<LabFunction>('sigmoid');
  const [x, setX] = useState<[number, number]>([1, -0.5]);
  const [w, setW] = useState<[number, number]>([0.8, 0.4]);
  const [b, setB] = useState(0.1);
  const curve = labCurve(fn, settings);
  const { z, y } = neuronOutput(x, w, b, curve);
  const pairSlider = (
    label: (i: number) => string,
    values: [number, number],
    set: (v: [number, number]) => void,
  ) =>
    ([0, 1] as const).map((i) => (
      <Slider
        key={i}
        label={label(i + 1)}
        value={values[i]}
        min={-3}
        max={3}
        step={0.1}
        onChange={(v) => set(i === 0 ? [v, values[1]] : [values[0], v])}
      />
    ));
  return (
    <section className="neuron-panel" aria-label={t('teaching.activation.neuron')}>
      <h3>{t('teaching.activation.neuron')}</h3>
      <p className="dialog__note">{t('teaching.activation.neuronIntro')}</p>
      <div className="neuron-panel__body">
        <div className="neuron-panel__controls">
          <label htmlFor={selectId}>{t('teaching.activation.neuronFunction')}</label>
          <select id={selectId} value={fn} onChange={(e) => setFn(e.target.value as LabFunction)}>
            {LAB_FUNCTIONS.map((f) => (
              <option key={f} value={f}>
                {t(NAMES[f])}
              </option>
            ))}
          </select>
          {pairSlider(SYMBOLS.x, x, setX)}
          {pairSlider(SYMBOLS.w, w, setW)}
          <Slider label={SYMBOLS.b} value={b} min={-3} max={3} step={0.1} onChange={setB} />
          <p className="neuron-panel__result">
            <span>
              {t('teaching.activation.z')} ={' '}
              <output aria-label={t('teaching.activation.z')}>{round(z)}</output>
            </span>
            <span>
              {t('teaching.activation.y')} ={' '}
              <output aria-label={t('teaching.activation.y')}>{round(y)}</output>
            </span>
          </p>
        </div>
        <CurveFigure
          title={t(NAMES[fn])}
          label={t('teaching.activation.neuronFigure')}
          part="f"
          series={[{ key: fn, label: t(NAMES[fn]), color: COLORS[fn], curve }]}
          marker={{ x: z, y }}
        />
      </div>
    </section>
  );
}
