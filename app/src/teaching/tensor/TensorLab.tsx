/** The tensor inspector: convolution or pooling of a small grid, cell by cell. */
import { useState } from 'react';
import { useT } from '../../i18n';
import { ConvolutionPanel } from './ConvolutionPanel';
import { PoolingPanel } from './PoolingPanel';

type Mode = 'convolution' | 'pooling';

export function TensorLab() {
  const t = useT();
  const [mode, setMode] = useState<Mode>('convolution');
  return (
    <div className="tensor-lab">
      <fieldset className="lab-fieldset lab-row">
        <legend>{t('teaching.tensor.mode')}</legend>
        {(['convolution', 'pooling'] as const).map((value) => (
          <label key={value} className="lab-check">
            <input
              type="radio"
              name="tensor-lab-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {t(value === 'convolution' ? 'teaching.tensor.convolution' : 'teaching.tensor.pooling')}
          </label>
        ))}
      </fieldset>
      {mode === 'convolution' ? <ConvolutionPanel /> : <PoolingPanel />}
    </div>
  );
}
