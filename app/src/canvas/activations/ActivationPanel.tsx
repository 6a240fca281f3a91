/**
 * "Activations: <node>": every channel of the node's output for the probe example, each at the
 * resolution it arrives in (the trainer averages maps above 16,384 values down), and for the first
 * convolution its filters. It follows the run live, with the colour scale's values beside it.
 */
import { useEffect, useRef } from 'react';
import { formatShape } from '../../../../src/layers/shape';
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
  const maps = useTraining((s) => layerMaps(s.activations).get(name));
  return (
    <ModalDialog title={`Activations: ${name}`} onCancel={closeActivations} wide>
      <div className="activation-panel">
        {!maps?.output && (
          <p className="dialog__note">
            No activations for {name} yet. They appear while the model trains.
          </p>
        )}
        {maps?.output && <MapSection title="Output" map={maps.output} tileName="Channel" />}
        {maps?.filters && <MapSection title="Filters" map={maps.filters} tileName="Filter" />}
      </div>
      <div className="dialog__actions">
        <button type="button" onClick={closeActivations}>
          Close
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
  tileName: string;
}) {
  const tiles = mapTiles(map);
  const many = tiles.length > 1;
  return (
    <section aria-label={title}>
      <h3 className="dialog__subtitle">
        {title}: {formatShape(map.shape)}, values {format(valueOf(map, 0))} (dark) to{' '}
        {format(valueOf(map, 255))} (bright)
      </h3>
      <div className="activation-panel__grid">
        {tiles.map((tile, i) => (
          <figure key={i}>
            <TileCanvas tile={tile} label={many ? `${tileName} ${i + 1}` : title} />
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

function format(value: number): string {
  return Math.abs(value) >= 1000 || (value !== 0 && Math.abs(value) < 0.01)
    ? value.toExponential(2)
    : value.toFixed(3).replace(/\.?0+$/, '') || '0';
}
