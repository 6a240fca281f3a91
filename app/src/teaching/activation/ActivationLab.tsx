/**
 * The activation-function lab: sigmoid, tanh, ReLU, Leaky ReLU, Maxout and ELU with their
 * derivatives, their settings, and a single neuron to play with.
 */
import { useMemo, useState } from 'react';
import { randomPieces, type Piece } from '../../../../src/teaching/activations';
import { useT } from '../../i18n';
import { CurveFigure, type Series } from './CurveFigure';
import {
  COLORS,
  FIRST_PIECES,
  LAB_FUNCTIONS,
  NAMES,
  labCurve,
  type LabFunction,
} from './activationSet';
import { NeuronPanel } from './NeuronPanel';
import { PieceEditor } from './PieceEditor';
import { Slider } from './Slider';

export function ActivationLab() {
  const t = useT();
  const [shown, setShown] = useState<ReadonlySet<LabFunction>>(new Set(LAB_FUNCTIONS));
  const [leakySlope, setLeakySlope] = useState(0.1);
  const [eluAlpha, setEluAlpha] = useState(1);
  const [pieces, setPieces] = useState<readonly Piece[]>(FIRST_PIECES);
  const settings = useMemo(
    () => ({ leakySlope, eluAlpha, pieces }),
    [leakySlope, eluAlpha, pieces],
  );
  const series: Series[] = useMemo(
    () =>
      LAB_FUNCTIONS.filter((f) => shown.has(f)).map((f) => ({
        key: f,
        label: t(NAMES[f]),
        color: COLORS[f],
        curve: labCurve(f, settings),
      })),
    [shown, settings, t],
  );
  const names = series.map((s) => s.label).join(', ');
  const toggle = (f: LabFunction) => {
    const next = new Set(shown);
    if (next.has(f)) next.delete(f);
    else next.add(f);
    setShown(next);
  };
  const setK = (k: number) =>
    setPieces(
      k <= pieces.length
        ? pieces.slice(0, k)
        : [...pieces, ...randomPieces(k - pieces.length, Math.random)],
    );

  return (
    <div className="activation-lab">
      <p className="dialog__note">{t('teaching.activation.intro')}</p>
      <fieldset className="lab-fieldset">
        <legend>{t('teaching.activation.functions')}</legend>
        {LAB_FUNCTIONS.map((f) => (
          <label key={f} className="lab-check">
            <input type="checkbox" checked={shown.has(f)} onChange={() => toggle(f)} />
            {t(NAMES[f])}
          </label>
        ))}
      </fieldset>
      <div className="activation-lab__figures">
        {(['f', 'df'] as const).map((part) => {
          const title = t(
            part === 'f' ? 'teaching.activation.figureF' : 'teaching.activation.figureDf',
          );
          return (
            <CurveFigure
              key={part}
              title={title}
              label={t('teaching.activation.plotLabel', { title, names })}
              series={series}
              part={part}
            />
          );
        })}
      </div>
      <fieldset className="lab-fieldset">
        <legend>{t('teaching.activation.settings')}</legend>
        <Slider
          label={t('teaching.activation.leakySlope')}
          value={leakySlope}
          min={0}
          max={1}
          step={0.01}
          onChange={setLeakySlope}
        />
        <Slider
          label={t('teaching.activation.eluAlpha')}
          value={eluAlpha}
          min={0.1}
          max={3}
          step={0.1}
          onChange={setEluAlpha}
        />
        <Slider
          label={t('teaching.activation.maxoutPieces')}
          value={pieces.length}
          min={1}
          max={8}
          step={1}
          onChange={setK}
        />
        <button type="button" onClick={() => setPieces(randomPieces(pieces.length, Math.random))}>
          {t('teaching.activation.randomPieces')}
        </button>
        <PieceEditor pieces={pieces} onChange={setPieces} />
      </fieldset>
      <NeuronPanel settings={settings} />
    </div>
  );
}
