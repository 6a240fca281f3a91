/**
 * Loading MNIST, Fashion-MNIST and CIFAR-10: fetched into the cache on first use, then read from
 * their original files there (IDX gzip; the CIFAR binary tarball).
 */
import { join } from 'node:path';
import { DatasetError } from '../../errors';
import {
  CIFAR_CLASSES,
  CIFAR_RECORD_BYTES,
  parseCifarBatch,
  parseCifarClassNames,
} from '../../formats/cifar';
import { parseIdx } from '../../formats/idx';
import { oneHot } from '../../labels';
import { DOWNLOADABLE_INFOS, fixedDataset, idxExamples } from '../../library/downloadable';
import type { DownloadableId } from '../../downloads/sources';
import type { Dataset } from '../../types';
import { fetchDataset, type FetchDatasetOptions } from './fetchDataset';
import { gunzipFile, readTarGz } from './readCached';

/** The largest IDX file of these sets decompressed: 60,000 × 28 × 28 bytes plus the header. */
const MAX_IDX_BYTES = 16 + 60_000 * 28 * 28;

async function readIdx(folder: string, name: string) {
  const bytes = await gunzipFile(join(folder, name), MAX_IDX_BYTES);
  return parseIdx(bytes, { name });
}

async function loadIdxSet(id: 'mnist' | 'fashion-mnist', folder: string): Promise<Dataset> {
  const part = async (prefix: 'train' | 't10k') => {
    const imagesName = `${prefix}-images-idx3-ubyte.gz`;
    const labelsName = `${prefix}-labels-idx1-ubyte.gz`;
    const [images, labels] = await Promise.all([
      readIdx(folder, imagesName),
      readIdx(folder, labelsName),
    ]);
    return idxExamples(images, labels, imagesName, labelsName, 28, 10);
  };
  return fixedDataset(DOWNLOADABLE_INFOS[id], await part('train'), await part('t10k'));
}

const CIFAR_DIR = 'cifar-10-batches-bin/';
const CIFAR_TRAIN = [1, 2, 3, 4, 5].map((i) => `${CIFAR_DIR}data_batch_${i}.bin`);
const CIFAR_TEST = `${CIFAR_DIR}test_batch.bin`;
const CIFAR_META = `${CIFAR_DIR}batches.meta.txt`;

async function loadCifar(folder: string): Promise<Dataset> {
  const archive = 'cifar-10-binary.tar.gz';
  const wanted = new Set([...CIFAR_TRAIN, CIFAR_TEST, CIFAR_META]);
  const entries = await readTarGz(
    join(folder, archive),
    (name) => wanted.has(name.replace(/^\.\//, '')),
    10_000 * CIFAR_RECORD_BYTES,
    // The whole archive unpacked is about 185 MB; anything far beyond is not the real archive.
    400 * 1024 * 1024,
  );
  const byName = new Map(entries.map((e) => [e.name.replace(/^\.\//, ''), e.data]));
  const member = (name: string) => {
    const data = byName.get(name);
    if (!data) {
      throw new DatasetError(
        'corrupt',
        `${archive} has no member ${name}; delete it so that it is downloaded again.`,
      );
    }
    return data;
  };
  const classNames = parseCifarClassNames(new TextDecoder().decode(member(CIFAR_META)), CIFAR_META);
  const batches = CIFAR_TRAIN.map((name) => parseCifarBatch(member(name), name));
  const count = batches.reduce((sum, b) => sum + b.count, 0);
  const x = new Float32Array(count * 32 * 32 * 3);
  const labels = new Uint8Array(count);
  let at = 0;
  for (const batch of batches) {
    x.set(batch.x, at * 32 * 32 * 3);
    labels.set(batch.labels, at);
    at += batch.count;
  }
  const test = parseCifarBatch(member(CIFAR_TEST), CIFAR_TEST);
  return fixedDataset(
    DOWNLOADABLE_INFOS['cifar-10'],
    { x, y: oneHot(labels, CIFAR_CLASSES), count },
    { x: test.x, y: oneHot(test.labels, CIFAR_CLASSES), count: test.count },
    classNames,
  );
}

/** The dataset `id`, downloading its files first if the cache lacks them. */
export async function loadDownloaded(
  id: DownloadableId,
  options: FetchDatasetOptions,
): Promise<Dataset> {
  const { folder } = await fetchDataset(id, DOWNLOADABLE_INFOS[id].name, options);
  return id === 'cifar-10' ? loadCifar(folder) : loadIdxSet(id, folder);
}
