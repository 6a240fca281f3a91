/**
 * "Activations: <node>": every channel of the node's output for the probe example, each at the
 * resolution it arrives in (the trainer averages maps above 16,384 values down), and for the first
 * convolution its filters. It follows the run live, with the colour scale's values beside it.
 */
import { useEffect, useRef } from 'react';
import type { Locale } from '../../../../src/i18n';
import { formatShape } from '../../../../src/layers/shape';
import { useLocale, useT } from '../../i18n';
import { ModalDialog } from '../../projects/ModalDialog';
import { useTraining } from '../../stores/trainingStore';
import { mapTiles, valueOf, type ActivationMap, type Tile } from './activationTiles';
import { closeActivations, useActivationPanel } from './activationPanelStore';
import { drawTiles } from './drawMap';
import { layerMaps } from './layerMaps';

/** Small maps are enlarged to about this many CSS pixels across, in whole steps. */
const TARGET_WIDTH = 112;

export function ActivationPanel() {
  const name = useActivationPanel();
  return name === null ? null : <Panel name={name} />;
}

function Panel({ name }: { name: string }) {
  const t = useT();
  const maps = useTraining((s) => layerMaps(s.activations).get(name));
  return (
    <ModalDialog title={t('canvas.activations.title', { name })} onCancel={closeActivations} wide>
      <div className="activation-panel">
        {!maps?.output && <p className="dialog__note">{t('canvas.activations.none', { name })}</p>}
        {maps?.output && (
          <MapSection
            title={t('canvas.activations.output')}
            map={maps.output}
            tileName={(number) => t('canvas.activations.channel', { number })}
          />
        )}
        {maps?.filters && (
          <MapSection
            title={t('canvas.activations.filters')}
            map={maps.filters}
            tileName={(number) => t('canvas.activations.filter', { number })}
          />
        )}
      </div>
      <div className="dialog__actions">
        <button type="button" onClick={closeActivations}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

function MapSection({
  title,
  map,
  tileName,
}: {
  title: string;
  map: ActivationMap;
  /** The name of the tile numbered `number`, from 1. */
  tileName(number: number): string;
}) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const tiles = mapTiles(map);
  const many = tiles.length > 1;
  return (
    <section aria-label={title}>
      <h3 className="dialog__subtitle">
        {t('canvas.activations.scale', {
          title,
          shape: formatShape(map.shape),
          low: format(valueOf(map, 0), locale),
          high: format(valueOf(map, 255), locale),
        })}
      </h3>
      <div className="activation-panel__grid">
        {tiles.map((tile, i) => (
          <figure key={i}>
            <TileCanvas tile={tile} label={many ? tileName(i + 1) : title} />
            {many && <figcaption>{i + 1}</figcaption>}
          </figure>
        ))}
      </div>
    </section>
  );
}

function TileCanvas({ tile, label }: { tile: Tile; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => drawTiles(canvas.current, [tile], 1, 1), [tile]);
  const strip = tile.height === 1;
  const scale = Math.max(1, Math.floor(TARGET_WIDTH / tile.width));
  const style = strip
    ? { width: '100%', height: 16 }
    : { width: tile.width * scale, height: tile.height * scale };
  return <canvas ref={canvas} role="img" aria-label={label} style={style} />;
}

/** A value of the colour scale: three decimals at most, very large or small ones as 1.23e-5. */
function format(value: number, locale: Locale): string {
  return Math.abs(value) >= 1000 || (value !== 0 && Math.abs(value) < 0.01)
    ? value.toExponential(2)
    : value.toLocaleString(locale, { maximumFractionDigits: 3 });
}
