/**
 * Examples of a dataset for the page to show. The synthetic sets are drawn here, by the same code,
 * seed and options as in the trainer: that takes milliseconds, works before (or without) a
 * connection to the host, and cannot disagree with what the trainer trains on. Datasets read from
 * files (the MNIST sample) come from the host, as bytes, a page at a time.
 */
import type { Dataset } from '../../../../src/data';
import { loadDataset, SYNTHETIC_LOADERS } from '../../../../src/data/registry';
import type { DatasetSplitName } from '../../../../src/protocol/datasetExamples';
import { examplePage, type ExamplePage } from '../../../../src/protocol/examplePage';
import type { HostClient } from '../../../../src/protocol/rendererClient';
import type { DatasetRef } from '../../../../src/project';
import { currentT } from '../../i18n';
import { datasetKey } from '../../stores/trainingProbe';

export type { ExamplePage };

/** Pages kept, so that paging back and forth or re-rendering asks the host nothing new. */
const KEPT_PAGES = 24;
const pages = new Map<string, Promise<ExamplePage>>();
let drawn: { key: string; dataset: Promise<Dataset> } | null = null;

/** Whether the page can draw this dataset itself. */
export function drawnHere(ref: DatasetRef): boolean {
  return Object.hasOwn(SYNTHETIC_LOADERS, ref.id);
}

/**
 * Examples `indices` of `split` (those that exist, in order). Rejects when the dataset cannot be
 * drawn here and there is no host to ask, or when the host says why it cannot.
 */
export function examplesOf(
  ref: DatasetRef,
  split: DatasetSplitName,
  indices: readonly number[],
  client: HostClient | null,
): Promise<ExamplePage> {
  const key = `${datasetKey(ref)} ${split} ${indices.join(',')}`;
  const known = pages.get(key);
  if (known) return known;
  const page = drawnHere(ref)
    ? drawnDataset(ref).then((dataset) => examplePage(dataset, split, indices))
    : fromHost(ref, split, indices, client);
  pages.set(key, page);
  void page.catch(() => pages.get(key) === page && pages.delete(key));
  while (pages.size > KEPT_PAGES) pages.delete(pages.keys().next().value!);
  return page;
}

/** A synthetic dataset, drawn once for as long as it is the one asked for. */
export function drawnDataset(ref: DatasetRef): Promise<Dataset> {
  const key = datasetKey(ref);
  if (drawn?.key !== key) drawn = { key, dataset: loadDataset(ref.id, ref.options ?? {}) };
  return drawn.dataset;
}

async function fromHost(
  ref: DatasetRef,
  split: DatasetSplitName,
  indices: readonly number[],
  client: HostClient | null,
): Promise<ExamplePage> {
  if (!client) throw new Error(currentT()('training.preview.needsHost'));
  const reply = await client.request({
    type: 'datasetExamples',
    dataset: ref,
    split,
    indices: [...indices],
  });
  // The page without the reply's envelope.
  const page: Partial<typeof reply> = { ...reply };
  delete page.v;
  delete page.type;
  delete page.requestId;
  return page as ExamplePage;
}

/** Indices `start` … `start + count − 1`. */
export function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i);
}
