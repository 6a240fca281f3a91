/** Loads a page of examples for a component, and forgets it when the component asks for another. */
import { useEffect, useMemo, useState } from 'react';
import type { DatasetSplitName } from '../../../../src/protocol/datasetExamples';
import type { DatasetRef } from '../../../../src/project';
import { localClassNames } from '../../data/datasetText';
import { useHost } from '../../host/hostStore';
import { useT } from '../../i18n';
import { examplesOf, type ExamplePage } from './examples';

export type PageState =
  { kind: 'loading' } | { kind: 'ready'; page: ExamplePage } | { kind: 'failed'; message: string };

export function usePage(
  dataset: DatasetRef | null,
  split: DatasetSplitName,
  indices: readonly number[] | null,
): PageState {
  const client = useHost((s) => (s.status === 'connected' ? s.client : null));
  const [state, setState] = useState<{ key: string; state: PageState } | null>(null);
  const key = dataset && indices ? `${JSON.stringify(dataset)} ${split} ${indices.join(',')}` : '';
  useEffect(() => {
    if (!dataset || !indices || indices.length === 0) return;
    let current = true;
    examplesOf(dataset, split, indices, client).then(
      (page) => current && setState({ key, state: { kind: 'ready', page } }),
      (e: unknown) =>
        current &&
        setState({
          key,
          state: { kind: 'failed', message: e instanceof Error ? e.message : String(e) },
        }),
    );
    return () => {
      current = false;
    };
    // The key stands for dataset, split and indices, which callers rebuild on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, client]);
  const t = useT();
  const shown = state?.key === key ? state.state : LOADING;
  // The host names classes in English; a built-in dataset's classes are shown in the user's language.
  return useMemo(() => {
    if (shown.kind !== 'ready' || !dataset || !shown.page.classNames) return shown;
    const classNames = localClassNames(t, dataset.id, shown.page.classNames);
    return { kind: 'ready', page: { ...shown.page, classNames } };
    // The dataset's id is part of the key the page was loaded for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, t]);
}

const LOADING: PageState = { kind: 'loading' };
