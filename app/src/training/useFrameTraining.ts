/**
 * A value of the training session for React, updated at most once per animation frame: a run may
 * send 20 messages a second and more epochs than that on tiny data, and a view needs to redraw
 * only what the screen will show. `select` must be a stable function (defined outside the
 * component, or memoised).
 */
import { useEffect, useState } from 'react';
import type { RunState } from '../stores/trainingReducer';
import { trainingStore } from '../stores/trainingStore';

export function useFrameTraining<T>(select: (state: RunState) => T): T {
  const [value, setValue] = useState(() => select(trainingStore.getState()));
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = select(trainingStore.getState());
      setValue(() => next);
    };
    update();
    const unsubscribe = trainingStore.subscribe((state, before) => {
      if (select(state) !== select(before)) frame ||= requestAnimationFrame(update);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [select]);
  return value;
}
