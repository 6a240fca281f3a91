import { describe, expect, it } from 'vitest';
import { sampleProject } from '../project/testing/sampleProject';
import { parseHostReply, parseRendererRequest, readableRequestId } from './rendererParse';
import { hostMessages, trainerMessages } from './testing/messages';
import { PROTOCOL_VERSION as v } from './version';

const requests = {
  trainer: { v, type: 'trainer', requestId: 'q1', message: hostMessages().start },
  openProject: { v, type: 'openProject', requestId: 'q2', path: '/home/ada/digits.ncproj' },
  saveProject: {
    v,
    type: 'saveProject',
    requestId: 'q3',
    path: 'digits.ncproj',
    project: sampleProject(),
  },
  listRecent: { v, type: 'listRecent', requestId: 'q4' },
  listProjects: { v, type: 'listProjects', requestId: 'q5', folder: '/home/ada' },
  datasetExamples: {
    v,
    type: 'datasetExamples',
    requestId: 'q6',
    dataset: { id: 'mnist-sample' },
    split: 'train',
    indices: [0, 1, 2],
  },
};

const replies = {
  trainerAccepted: { v, type: 'trainerAccepted', requestId: 'q1' },
  projectOpened: {
    v,
    type: 'projectOpened',
    requestId: 'q2',
    path: '/p/a.ncproj',
    project: sampleProject(),
  },
  projectSaved: { v, type: 'projectSaved', requestId: 'q3', path: '/p/a.ncproj' },
  recentList: {
    v,
    type: 'recentList',
    requestId: 'q4',
    entries: [{ path: '/p/a.ncproj', name: 'Digits', usedAt: '2025-01-01T00:00:00.000Z' }],
  },
  projectList: {
    v,
    type: 'projectList',
    requestId: 'q5',
    folder: '/p',
    projects: [
      { path: '/p/a.ncproj', name: 'a', bytes: 120, modifiedAt: '2025-01-01T00:00:00.000Z' },
    ],
    folders: ['/p'],
  },
  datasetExamplesPage: {
    v,
    type: 'datasetExamplesPage',
    requestId: 'q6',
    datasetId: 'mnist-sample',
    split: 'train',
    total: 8000,
    inputShape: [2, 2, 1],
    indices: new Int32Array([0, 1]),
    classNames: ['0', '1'],
    labels: new Int32Array([1, 0]),
    images: {
      height: 2,
      width: 2,
      channels: 1,
      pixels: new Uint8Array([0, 255, 128, 7, 1, 2, 3, 4]),
      min: 0,
      max: 1,
    },
  },
  failed: { v, type: 'failed', requestId: 'q2', kind: 'notAllowed', message: 'No.' },
  trainerMessage: { v, type: 'trainerMessage', message: trainerMessages().epoch },
  trainerExit: {
    v,
    type: 'trainerExit',
    crashed: true,
    outOfMemory: false,
    message: 'It crashed.',
  },
};

describe('parseRendererRequest', () => {
  it.each(Object.entries(requests))('accepts a valid "%s" request', (_, request) => {
    expect(parseRendererRequest(request)).toEqual({ ok: true, message: request });
  });

  it.each([
    [
      'no version',
      { type: 'listRecent', requestId: 'a' },
      ['v'],
      /missing \(expected protocol version 1\)/,
    ],
    [
      'another release',
      { v: 99, type: 'listRecent', requestId: 'a' },
      ['v'],
      /different releases; reload the page/,
    ],
    [
      'an unknown type',
      { v, type: 'rm', requestId: 'a' },
      ['type'],
      /unknown type "rm"; expected one of "trainer"/,
    ],
    ['no request id', { v, type: 'listRecent' }, ['requestId'], /missing/],
    [
      'an empty path',
      { v, type: 'openProject', requestId: 'a', path: '' },
      ['path'],
      /expected text of 1 to/,
    ],
    [
      'an extra field',
      { v, type: 'listRecent', requestId: 'a', sudo: true },
      ['sudo'],
      /unknown field/,
    ],
    [
      'a forbidden key',
      JSON.parse('{"v":1,"type":"listRecent","requestId":"a","__proto__":{}}'),
      ['__proto__'],
      /not allowed/,
    ],
    ['a list', [], [], /expected a message object/],
  ])('refuses a request with %s', (_, data, path, error) => {
    const parsed = parseRendererRequest(data);
    expect(parsed).toMatchObject({ ok: false, path });
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('checks the trainer message inside by the trainer protocol, and says where it is wrong', () => {
    const start = {
      ...hostMessages().start,
      training: { ...hostMessages().start.training, learningRate: -1 },
    };
    const parsed = parseRendererRequest({ ...requests.trainer, message: start });
    expect(parsed).toMatchObject({ ok: false, path: ['message'] });
    expect(!parsed.ok && parsed.error).toMatch(
      /^Invalid "trainer" request from the page: message: Invalid "start" message from the host: training\.learningRate: /,
    );
  });

  it('checks the project of a save', () => {
    const project = {
      ...sampleProject(),
      weights: { n1: [{ name: 'k', shape: [2], values: [1, 2] }] },
    };
    const parsed = parseRendererRequest({ ...requests.saveProject, project });
    expect(!parsed.ok && parsed.error).toMatch(/project\.weights\.n1\[0\]\.values: .*typed arrays/);
  });

  it('carries the lesson a project was started from, in a save and an export check', () => {
    const project = { ...sampleProject(), lesson: 'logistic-regression' };
    const checkExport = { v, type: 'checkExport', requestId: 'q9', project };
    for (const request of [requests.saveProject, checkExport]) {
      const sent = { ...request, project };
      expect(parseRendererRequest(sent)).toEqual({ ok: true, message: sent });
    }
  });
});

describe('a project with its run history', () => {
  const run = {
    id: 'run-1',
    name: 'Run 1',
    finishedAt: '2025-03-01T12:00:00.000Z',
    datasetId: 'xor',
    training: sampleProject().training,
    stopReason: 'done',
    epochs: [{ epoch: 1, values: { loss: 0.5, val_loss: null } }],
    test: null,
  };

  it('travels in a save, checked by the rules of the project file', () => {
    const save = { ...requests.saveProject, project: { ...sampleProject(), runs: [run] } };
    expect(parseRendererRequest(save)).toEqual({ ok: true, message: save });
    const bad = { ...save, project: { ...save.project, runs: [{ ...run, stopReason: 'bored' }] } };
    expect(parseRendererRequest(bad)).toMatchObject({
      ok: false,
      path: ['project', 'runs', 0, 'stopReason'],
    });
  });
});

describe('parseHostReply', () => {
  it.each(Object.entries(replies))('accepts a valid "%s"', (_, reply) => {
    expect(parseHostReply(reply)).toEqual({ ok: true, message: reply });
  });

  it('refuses a trainer message that the trainer protocol refuses', () => {
    const parsed = parseHostReply({
      ...replies.trainerMessage,
      message: { ...trainerMessages().batch, loss: 'x' },
    });
    expect(!parsed.ok && parsed.error).toMatch(
      /"trainerMessage" message from the host: message: .*loss/,
    );
  });

  it('refuses a failure of an unknown kind', () => {
    expect(parseHostReply({ ...replies.failed, kind: 'oops' })).toMatchObject({
      ok: false,
      path: ['kind'],
    });
  });
});

describe('dataset example pages', () => {
  const page = replies.datasetExamplesPage;
  it.each([
    [
      'pixels that do not fill the images',
      { images: { ...page.images, pixels: new Uint8Array(7) } },
      ['images', 'pixels'],
      /holds 7 values, but shape \[2, 2, 2, 1\] needs 8/,
    ],
    ['an index past the end', { total: 1 }, ['indices'], /outside 0 … 0/],
    [
      'both labels and targets',
      { targets: new Float32Array(2) },
      ['labels'],
      /either labels .* or targets/,
    ],
    [
      'pixels as a list of numbers',
      { images: { ...page.images, pixels: [0, 1, 2, 3, 4, 5, 6, 7] } },
      ['images', 'pixels'],
      /typed arrays/,
    ],
  ])('refuses a page with %s', (_, change, path, error) => {
    const parsed = parseHostReply({ ...page, ...change });
    expect(parsed).toMatchObject({ ok: false, path });
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('refuses a request for too many examples at once', () => {
    const indices = Array.from({ length: 257 }, (_, i) => i);
    const parsed = parseRendererRequest({ ...requests.datasetExamples, indices });
    expect(parsed).toMatchObject({ ok: false, path: ['indices'] });
  });
});

describe('readableRequestId', () => {
  it('reads the id of a message that failed to parse, when it is one', () => {
    expect(readableRequestId({ requestId: 'q7', v: 0 })).toBe('q7');
    expect(readableRequestId({ requestId: 7 })).toBeUndefined();
    expect(readableRequestId({ requestId: 'x'.repeat(201) })).toBeUndefined();
    expect(readableRequestId(null)).toBeUndefined();
  });
});
