/**
 * A node's live activation thumbnail while its model trains: up to 8 channels of a feature map,
 * or a vector as a strip. It draws straight into its canvas when its own map changes, at most
 * 20 times a second and in animation frames; React re-renders it only when a map appears or goes.
 * Clicking it opens the full view.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { trainingStore, useTraining } from '../../stores/trainingStore';
import { mapTiles, type ActivationMap } from './activationTiles';
import { openActivations } from './activationPanelStore';
import { drawTiles } from './drawMap';
import { layerMaps } from './layerMaps';

/** 50 ms apart: 20 updates a second at most, whatever the trainer sends. */
export const MIN_DRAW_GAP_MS = 50;
const THUMB_TILES = 8;
const THUMB_COLUMNS = 4;

const nextFrame = (draw: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(draw);
  else setTimeout(draw, 0);
};

export function ActivationThumbnail({ name }: { name: string }) {
  const rank = useTraining((s) => layerMaps(s.activations).get(name)?.output?.shape.length);
  if (rank === undefined) return null;
  // Vectors (and maps of rank above 3, read flat) are drawn as one row of values.
  return <Thumbnail name={name} strip={rank === 1 || rank > 3} />;
}

function Thumbnail({ name, strip }: { name: string; strip: boolean }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let drawn: ActivationMap | undefined;
    let last = -Infinity;
    let pending = false;
    let live = true;
    const mapNow = () => layerMaps(trainingStore.getState().activations).get(name)?.output;
    const draw = () => {
      pending = false;
      const map = mapNow();
      if (!live || !map || map === drawn) return;
      drawn = map;
      last = performance.now();
      drawTiles(canvas.current, mapTiles(map), THUMB_TILES, THUMB_COLUMNS);
    };
    const schedule = () => {
      if (pending || mapNow() === drawn) return;
      pending = true;
      const wait = Math.max(0, MIN_DRAW_GAP_MS - (performance.now() - last));
      setTimeout(() => nextFrame(draw), wait);
    };
    schedule();
    const unsubscribe = trainingStore.subscribe((state, before) => {
      if (state.activations !== before.activations) schedule();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [name]);

  return (
    <button
      type="button"
      className="activation-thumb nodrag nopan"
      aria-label={t('canvas.activations.show', { name })}
      onClick={() => openActivations(name)}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('canvas.activations.of', { name })}
        className={strip ? 'activation-thumb__strip' : undefined}
      />
    </button>
  );
}
