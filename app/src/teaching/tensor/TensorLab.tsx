/** The tensor inspector: convolution or pooling of a small grid, cell by cell. */
import { useState } from 'react';
import { ConvolutionPanel } from './ConvolutionPanel';
import { tensorMessages as m } from './messages';
import { PoolingPanel } from './PoolingPanel';

type Mode = 'convolution' | 'pooling';

export function TensorLab() {
  const [mode, setMode] = useState<Mode>('convolution');
  return (
    <div className="tensor-lab">
      <fieldset className="lab-fieldset lab-row">
        <legend>{m.mode}</legend>
        {(['convolution', 'pooling'] as const).map((value) => (
          <label key={value} className="lab-check">
            <input
              type="radio"
              name="tensor-lab-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {m[value]}
          </label>
        ))}
      </fieldset>
      {mode === 'convolution' ? <ConvolutionPanel /> : <PoolingPanel />}
    </div>
  );
}
