/**
 * Examples of a dataset through the browser mode's socket: the real MNIST sample read from disk by
 * the host, sent as bytes and checked by the page's client, and the same page built from a
 * synthetic set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integerLabels } from '../../data/labels';
import { loadDataset } from '../../data/node/loadDataset';
import { HostRequestError } from '../../protocol/rendererClient';
import { connectClient, startTestHost, type HostFixture } from './testing/hostTesting';
import { DatasetExamples } from './datasetExamples';

let fixture: HostFixture;
beforeAll(async () => {
  fixture = await startTestHost();
});
afterAll(async () => {
  await fixture.dispose();
});

describe('dataset examples through the socket', () => {
  it('sends MNIST digits as bytes with their labels, leaving out indices past the end', async () => {
    const { client, socket } = await connectClient(fixture.host);
    const page = await client.request({
      type: 'datasetExamples',
      dataset: { id: 'mnist-sample' },
      split: 'train',
      indices: [12, 0, 7_999, 8_000, 9_000],
    });
    const mnist = await loadDataset('mnist-sample');
    expect(page).toMatchObject({
      type: 'datasetExamplesPage',
      datasetId: 'mnist-sample',
      split: 'train',
      total: 8_000,
      inputShape: [28, 28, 1],
      classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    });
    expect(Array.from(page.indices)).toEqual([12, 0, 7_999]);
    const labels = integerLabels(mnist.train, 10);
    expect(Array.from(page.labels!)).toEqual([labels[12], labels[0], labels[7_999]]);
    const images = page.images!;
    expect(images.pixels).toBeInstanceOf(Uint8Array);
    expect(images.pixels).toHaveLength(3 * 784);
    expect(page.features).toBeUndefined();
    // Each byte gives back the grey level it came from, within half a step of 1/255.
    const step = (images.max - images.min) / 255;
    for (let p = 0; p < 784; p++) {
      const value = images.min + images.pixels[p]! * step;
      expect(Math.abs(value - mnist.train.x[12 * 784 + p]!)).toBeLessThanOrEqual(step / 2 + 1e-6);
    }
    socket.close();
  });

  it('says why a dataset cannot be shown', async () => {
    const { client, socket } = await connectClient(fixture.host);
    const asked = client.request({
      type: 'datasetExamples',
      dataset: { id: 'no-such-set' },
      split: 'test',
      indices: [0],
    });
    await expect(asked).rejects.toBeInstanceOf(HostRequestError);
    await expect(asked).rejects.toThrow(/There is no dataset 'no-such-set'/);
    socket.close();
  });
});

describe('DatasetExamples', () => {
  it('gives the features and targets of other inputs, and loads each dataset once', async () => {
    const loads: string[] = [];
    const examples = new DatasetExamples((id, options) => {
      loads.push(id);
      return loadDataset(id, options);
    });
    const ask = (indices: number[]) =>
      examples.page({
        v: 1,
        type: 'datasetExamples',
        requestId: 'q',
        dataset: { id: 'reg-plane', options: { count: 100 } },
        split: 'test',
        indices,
      });
    const first = await ask([3, 1]);
    const second = await ask([0]);
    expect(loads).toEqual(['reg-plane']);
    const plane = await loadDataset('reg-plane', { count: 100 });
    expect(first.total).toBe(plane.test.count);
    expect(Array.from(first.features!)).toEqual(
      Array.from(plane.test.x.subarray(6, 8)).concat(Array.from(plane.test.x.subarray(2, 4))),
    );
    expect(Array.from(first.targets!)).toEqual([plane.test.y[3], plane.test.y[1]]);
    expect(first.labels).toBeUndefined();
    expect(second.indices).toEqual(new Int32Array([0]));
  });
});
