/**
 * Runs the trained autoencoder on a few test digits in the page itself. TensorFlow.js is loaded
 * only when this lesson's views are first shown, so no other part of the app pays for it.
 */
import { useEffect, useState } from 'react';
import type { AutoencoderViews } from '../../../../src/lessons/autoencoderViews';
import { CODE_LAYER } from '../../../../src/lessons';
import type { Project } from '../../../../src/project';
import { usePage } from '../../training/preview/usePage';

/** Test digits spread over the test set: the first few are shown, all of them span the grid. */
export const SAMPLE = Array.from({ length: 40 }, (_, i) => i * 50);
export const SHOWN = 6;
export const GRID = 7;

export type ViewState =
  | { kind: 'untrained' }
  | { kind: 'working' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; views: AutoencoderViews };

export function useAutoencoderViews(project: Project): ViewState {
  const { weights, graph, dataset } = project;
  const page = usePage(weights ? dataset : null, 'test', SAMPLE);
  const [result, setResult] = useState<{ for: unknown; state: ViewState } | null>(null);
  useEffect(() => {
    if (!weights || page.kind !== 'ready' || !page.page.images) return;
    const { pixels, min, max } = page.page.images;
    // The page carries bytes over the values' own range; turn them back into grey levels.
    const inputs = Float32Array.from(pixels, (b) => min + (b / 255) * (max - min));
    const indices = Array.from(page.page.indices);
    let current = true;
    import('../../../../src/lessons/autoencoderViews')
      .then(({ autoencoderViews }) =>
        autoencoderViews({
          graph,
          weights,
          inputs,
          indices,
          shown: Math.min(SHOWN, indices.length),
          codeNode: CODE_LAYER,
          gridSize: GRID,
        }),
      )
      .then(
        (views) => current && setResult({ for: weights, state: { kind: 'ready', views } }),
        (e: unknown) =>
          current &&
          setResult({
            for: weights,
            state: { kind: 'failed', reason: e instanceof Error ? e.message : String(e) },
          }),
      );
    return () => {
      current = false;
    };
  }, [weights, graph, page]);
  if (!weights) return { kind: 'untrained' };
  if (page.kind === 'failed') return { kind: 'failed', reason: page.message };
  return result?.for === weights ? result.state : { kind: 'working' };
}
