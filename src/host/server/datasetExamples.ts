/**
 * The host's answer to `datasetExamples`: it loads the dataset as the trainer would (the MNIST
 * sample from disk included) and keeps the last few loaded, since a page asks for one page after
 * another of the same dataset and reading the MNIST sample takes about a second.
 */
import type { Dataset } from '../../data';
import { loadDataset } from '../../data/node/loadDataset';
import type { RendererRequestOf } from '../../protocol/renderer';
import { examplePage, type ExamplePage } from '../../protocol/examplePage';

/** Datasets kept loaded: the one previewed and the one a run's gallery shows, with room to spare. */
const KEPT = 3;

export class DatasetExamples {
  private readonly loaded = new Map<string, Promise<Dataset>>();

  constructor(private readonly load: typeof loadDataset = loadDataset) {}

  /** The page asked for; rejects with the dataset's own message when it cannot be loaded. */
  async page(request: RendererRequestOf<'datasetExamples'>): Promise<ExamplePage> {
    const dataset = await this.dataset(request.dataset.id, request.dataset.options ?? {});
    return examplePage(dataset, request.split, request.indices);
  }

  private dataset(id: string, options: Readonly<Record<string, unknown>>): Promise<Dataset> {
    const key = JSON.stringify([id, Object.entries(options).sort(([a], [b]) => (a < b ? -1 : 1))]);
    const known = this.loaded.get(key);
    if (known) {
      // Most recently used last, so the oldest is the one dropped.
      this.loaded.delete(key);
      this.loaded.set(key, known);
      return known;
    }
    const loading = this.load(id, options);
    this.loaded.set(key, loading);
    // A failed load is not kept: the next request tries again.
    void loading.catch(() => {
      if (this.loaded.get(key) === loading) this.loaded.delete(key);
    });
    while (this.loaded.size > KEPT) this.loaded.delete(this.loaded.keys().next().value!);
    return loading;
  }
}

/** One for the whole host: every page of the browser shares the datasets it has loaded. */
export const datasetExamples = new DatasetExamples();
