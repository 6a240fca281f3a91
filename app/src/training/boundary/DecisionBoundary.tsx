/**
 * The decision boundary for two input features, with the training points over it. Before a run
 * draws one, it shows the points alone, as a preview of the data. Redrawn outside React, at most
 * once per animation frame.
 */
import { useEffect, useRef, useState } from 'react';
import type { DatasetRef } from '../../../../src/project';
import { useT } from '../../i18n';
import { trainingStore } from '../../stores/trainingStore';
import { canDraw } from '../charts/canvasSupport';
import { datasetPoints, type DatasetPoints } from './datasetPoints';
import { drawBoundary } from './drawBoundary';

const SIZE = 240;

export function DecisionBoundary({ dataset }: { dataset: DatasetRef }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [points, setPoints] = useState<{ of: DatasetRef; points: DatasetPoints | null } | null>(
    null,
  );

  useEffect(() => {
    let current = true;
    void datasetPoints(dataset).then((loaded) => {
      if (current) setPoints({ of: dataset, points: loaded });
    });
    return () => {
      current = false;
    };
  }, [dataset]);

  const t = useT();
  const shown = points?.of === dataset ? points.points : null;
  useEffect(() => {
    const element = canvas.current;
    if (!element || !canDraw()) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      // A boundary belongs to the run's dataset; after switching datasets, only the points show.
      const { boundary, datasetId } = trainingStore.getState();
      drawBoundary(element, datasetId === dataset.id ? boundary : null, shown);
    };
    draw();
    const unsubscribe = trainingStore.subscribe((state, before) => {
      if (state.boundary !== before.boundary) frame ||= requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [shown, dataset.id]);

  return (
    <canvas
      ref={canvas}
      className="boundary"
      width={SIZE}
      height={SIZE}
      role="img"
      aria-label={t('training.boundary')}
    />
  );
}
