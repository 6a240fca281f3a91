import { describe, expect, it } from 'vitest';
import { MAX_PROJECT_CHARS } from './limits';
import { parseProject, type ParseResult } from './parse';
import type { Project } from './project';
import { serializeProject } from './serialize';
import { defaultTraining } from './training';
import { sampleFile, sampleProject, type SampleDocument } from './testing/sampleProject';

function errorOf(result: ParseResult): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function projectOf(result: ParseResult): Project {
  if (!result.ok) throw new Error(result.error);
  return result.project;
}

/** Base64 of little-endian float32 values, written with Node's own encoder. */
function floats(values: number[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return Buffer.from(view.buffer).toString('base64');
}

function bits(values: Float32Array): number[] {
  return [...new Uint32Array(values.buffer, values.byteOffset, values.length)];
}

describe('round trip', () => {
  it('reads back what it writes, weights bit for bit', () => {
    const original = sampleProject();
    const read = projectOf(parseProject(serializeProject(original)));
    expect(read).toEqual(original);
    for (const [nodeId, tensors] of Object.entries(original.weights!)) {
      tensors.forEach((tensor, i) => {
        const back = read.weights![nodeId]![i]!;
        expect(back.shape).toEqual(tensor.shape);
        expect(bits(back.values)).toEqual(bits(tensor.values));
      });
    }
    // -0 and the smallest subnormal survive as themselves.
    expect(Object.is(read.weights!.n1![0]!.values[5], -0)).toBe(true);
    expect(read.weights!.n1![0]!.values[4]).toBe(Math.fround(1e-45));
  });

  it('writes the same text for the same project', () => {
    const text = serializeProject(sampleProject());
    expect(serializeProject(projectOf(parseProject(text)))).toBe(text);
  });

  it('round-trips a project without weights, dataset or notes', () => {
    const project: Project = { ...sampleProject(), dataset: null, notes: '' };
    delete project.weights;
    const read = projectOf(parseProject(serializeProject(project)));
    expect(read).toEqual(project);
    expect('weights' in read).toBe(false);
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseProject(`\uFEFF${sampleFile()}`).ok).toBe(true);
  });
});

describe('filling in', () => {
  it('takes missing parameters from the layer defaults', () => {
    const text = sampleFile((doc) => {
      doc.graph.nodes[0].params = { units: 9 };
      delete doc.graph.nodes[1].params;
    });
    const nodes = projectOf(parseProject(text)).graph.nodes;
    expect(nodes[0]!.params).toMatchObject({ units: 9, activation: 'relu', useBias: true, l2: 0 });
    expect(nodes[1]!.params).toMatchObject({ units: 64, activation: 'relu' });
  });

  it('takes missing training settings, dataset and notes from the defaults', () => {
    const text = sampleFile((doc) => {
      doc.training = { epochs: 5 };
      delete doc.dataset;
      delete doc.notes;
    });
    const project = projectOf(parseProject(text));
    expect(project.training).toEqual({ ...defaultTraining(), epochs: 5 });
    expect(project.training).toMatchObject({ optimizer: 'adam', batchSize: 32, seed: 42 });
    // Files from before image augmentation existed train without it.
    expect(project.training).toMatchObject({
      augmentFlip: 'off',
      augmentShift: 0,
      augmentRotation: 0,
    });
    expect(project.dataset).toBeNull();
    expect(project.notes).toBe('');
  });
});

describe('refuses', () => {
  const cases: { why: string; text: string; error: string }[] = [
    {
      why: 'absurd units',
      text: sampleFile((d) => (d.graph.nodes[1].params.units = 1e12)),
      error:
        'graph.nodes[1].params.units: expected a whole number from 1 to 1,000,000, got 1000000000000',
    },
    {
      why: 'fractional units',
      text: sampleFile((d) => (d.graph.nodes[0].params.units = 2.5)),
      error: 'graph.nodes[0].params.units: expected a whole number from 1 to 1,000,000, got 2.5',
    },
    {
      why: 'an activation that does not exist',
      text: sampleFile((d) => (d.graph.nodes[0].params.activation = 'swish')),
      error:
        "graph.nodes[0].params.activation: expected one of 'linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu' or 'softplus', got \"swish\"",
    },
    {
      why: 'a parameter the layer does not have',
      text: sampleFile((d) => (d.graph.nodes[0].params.filters = 3)),
      error: "graph.nodes[0].params.filters: Dense has no parameter 'filters'",
    },
    {
      why: 'an unknown layer type',
      text: sampleFile((d) => (d.graph.nodes[1].type = 'Teleporter')),
      error: 'graph.nodes[1].type: unknown layer type "Teleporter"',
    },
    {
      why: 'a name of the wrong type',
      text: sampleFile((d) => (d.name = 42)),
      error: 'name: expected text, got 42',
    },
    {
      why: 'a missing graph',
      text: sampleFile((d) => delete d.graph),
      error: 'graph: missing (expected an object)',
    },
    {
      why: 'nodes that are not a list',
      text: sampleFile((d) => (d.graph.nodes = { 0: {} })),
      error: 'graph.nodes: expected a list, got an object',
    },
    {
      why: 'a position given as text',
      text: sampleFile((d) => (d.graph.nodes[0].position.x = '10')),
      error: 'graph.nodes[0].position.x: expected a finite number, got "10"',
    },
    {
      why: 'an infinite position (1e999 in JSON)',
      text: sampleFile().replace('"x": 10.5', '"x": 1e999'),
      error: 'graph.nodes[0].position.x: expected a finite number, got Infinity',
    },
    {
      why: 'an unknown field',
      text: sampleFile((d) => (d.graph.nodes[0].colour = 'red')),
      error: 'graph.nodes[0].colour: unknown field',
    },
    {
      why: 'a name longer than 200 characters',
      text: sampleFile((d) => (d.graph.nodes[0].name = 'n'.repeat(201))),
      error: 'graph.nodes[0].name: expected text of 1 to 200 characters, got 201 characters',
    },
    {
      why: 'a project name longer than 200 characters',
      text: sampleFile((d) => (d.name = 'n'.repeat(100_000))),
      error: 'name: expected text of 1 to 200 characters, got 100,000 characters',
    },
    {
      why: 'two nodes with one id',
      text: sampleFile((d) => (d.graph.nodes[1].id = 'n1')),
      error:
        'graph.nodes[1].id: "n1" is already the id of graph.nodes[0]\ngraph.edges[0].target: no node has the id "n2"',
    },
    {
      why: 'two nodes with one name',
      text: sampleFile((d) => (d.graph.nodes[1].name = 'hidden')),
      error: 'graph.nodes[1].name: "hidden" is already the name of graph.nodes[0]',
    },
    {
      why: 'two edges with one id',
      text: sampleFile((d) => d.graph.edges.push({ id: 'e1', source: 'n2', target: 'n1' })),
      error: 'graph.edges[1].id: "e1" is already the id of graph.edges[0]',
    },
    {
      why: 'an edge to a node that does not exist',
      text: sampleFile((d) => (d.graph.edges[0].target = 'n9')),
      error: 'graph.edges[0].target: no node has the id "n9"',
    },
    {
      why: 'a training setting out of bounds',
      text: sampleFile((d) => (d.training.batchSize = 0)),
      error: 'training.batchSize: expected a whole number from 1 to 65,536, got 0',
    },
    {
      why: 'an unknown optimizer',
      text: sampleFile((d) => (d.training.optimizer = 'lion')),
      error: `training.optimizer: expected one of 'sgd', 'adam', 'rmsprop', 'adagrad', 'adadelta' or 'adamax', got "lion"`,
    },
    {
      why: 'a rotation beyond the small ones augmentation allows',
      text: sampleFile((d) => (d.training.augmentRotation = 90)),
      error: 'training.augmentRotation: expected a whole number from 0 to 45, got 90',
    },
    {
      why: 'a dataset given as a plain id (the old form) in a version 2 file',
      text: sampleFile((d) => (d.dataset = 'mnist')),
      error: 'dataset: expected null or an object such as {"id": "mnist"}, got "mnist"',
    },
    {
      why: 'a dataset option that is an object',
      text: sampleFile((d) => (d.dataset.options.limit = { max: 1 })),
      error:
        'dataset.options.limit: expected a finite number, true or false, or text of at most 1000 characters, got an object',
    },
    {
      why: 'a file of another kind',
      text: '{"format": "excalidraw", "elements": []}',
      error:
        'This is not a NeuroCanvas project: its format is "excalidraw", expected "neurocanvas-project".',
    },
    {
      why: 'JSON without a format',
      text: '{"name": "x"}',
      error:
        'This is not a NeuroCanvas project: it has no "format" field, expected "neurocanvas-project".',
    },
    {
      why: 'a list instead of an object',
      text: '[1, 2]',
      error: 'This is not a NeuroCanvas project: the file holds [1, 2] instead of an object.',
    },
    {
      why: 'a version from the future',
      text: sampleFile((d) => (d.schemaVersion = 4)),
      error:
        'This project was made by a newer NeuroCanvas: its file format is version 4, and this NeuroCanvas reads versions up to 3. Update NeuroCanvas to open it.',
    },
    {
      why: 'a version that is text',
      text: sampleFile((d) => (d.schemaVersion = '2')),
      error: 'schemaVersion: expected a whole number from 1 to 3, got "2"',
    },
    {
      why: 'version 0',
      text: sampleFile((d) => (d.schemaVersion = 0)),
      error: 'schemaVersion: expected a whole number from 1 to 3, got 0',
    },
  ];
  it.each(cases)('$why', ({ text, error }) => {
    expect(errorOf(parseProject(text))).toBe(error);
  });

  it('lists several problems, one per line', () => {
    const text = sampleFile((d) => {
      d.graph.nodes[0].params.units = 0;
      d.graph.nodes[1].params.units = -1;
    });
    expect(errorOf(parseProject(text)).split('\n')).toEqual([
      'graph.nodes[0].params.units: expected a whole number from 1 to 1,000,000, got 0',
      'graph.nodes[1].params.units: expected a whole number from 1 to 1,000,000, got -1',
    ]);
  });

  it('cuts a long list of problems short', () => {
    const text = sampleFile((d) => {
      for (let i = 0; i < 500; i++) d[`extra${i}`] = i;
    });
    const lines = errorOf(parseProject(text)).split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('extra0: unknown field');
    expect(lines[10]).toBe('…and 90 more problems');
  });
});

describe('refuses invalid JSON, saying where', () => {
  it.each([
    {
      why: 'a file cut short',
      text: '{\n  "format": "neurocanvas-project",\n  "graph": {\n    "nodes": [',
      error:
        'The file is not valid JSON: line 4, column 15: the file ends too early, as if it had been cut off.',
    },
    {
      why: 'a missing comma',
      text: '{\n  "format": "neurocanvas-project"\n  "name": "x"\n}',
      error: `The file is not valid JSON: line 3, column 3: expected ',' or '}', found '"'.`,
    },
    {
      why: 'a trailing comma',
      text: '{\n  "a": [1, 2,]\n}',
      error:
        "The file is not valid JSON: line 2, column 14: a comma before ']' is not allowed in JSON.",
    },
    {
      why: 'an empty file',
      text: '',
      error:
        'The file is not valid JSON: line 1, column 1: the file ends too early, as if it had been cut off.',
    },
    {
      why: 'binary junk',
      text: '\u0000\u0001PK',
      error:
        'The file is not valid JSON: line 1, column 1: expected a value, found the character U+0000.',
    },
  ])('$why', ({ text, error }) => {
    expect(errorOf(parseProject(text))).toBe(error);
  });

  it('refuses a real project file cut at any point, never throwing', () => {
    const text = serializeProject(sampleProject());
    for (let end = 0; end < text.length - 1; end++) {
      const result = parseProject(text.slice(0, end));
      expect(result.ok, `cut at ${end}`).toBe(false);
      expect(errorOf(result)).toMatch(/^The file is not valid JSON: line \d+, column \d+: /);
    }
  });
});

describe('refuses hostile content', () => {
  it.each([
    {
      key: '__proto__',
      at: (d: SampleDocument) => d.graph.nodes[0].params,
      path: 'graph.nodes[0].params.__proto__',
    },
    {
      key: 'constructor',
      at: (d: SampleDocument) => d.dataset.options,
      path: 'dataset.options.constructor',
    },
    {
      key: 'prototype',
      at: (d: SampleDocument) => d.graph.nodes[1],
      path: 'graph.nodes[1].prototype',
    },
    { key: '__proto__', at: (d: SampleDocument) => d, path: '__proto__' },
    {
      key: '__proto__',
      at: (d: SampleDocument) => d.weights.nodes,
      path: 'weights.nodes.__proto__',
    },
  ])('a $key key at $path', ({ key, at, path }) => {
    // JSON.stringify would drop a real prototype; write the key as text the way an attacker would.
    const text = sampleFile((d) => (at(d).MARKER = { polluted: true })).replace(
      '"MARKER"',
      JSON.stringify(key),
    );
    expect(errorOf(parseProject(text))).toBe(
      `${path}: the key '${key}' is not allowed in a project file`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file larger than the limit, without parsing it', () => {
    const text = ' '.repeat(MAX_PROJECT_CHARS + 1);
    expect(errorOf(parseProject(text))).toBe(
      'The file is too large to be a project: 256.0 MiB of text, and the limit is 256 MiB.',
    );
  });

  it('more than 10,000 nodes', () => {
    const text = sampleFile((d) => (d.graph.nodes = Array.from({ length: 10_001 }, () => ({}))));
    expect(errorOf(parseProject(text))).toBe(
      'graph.nodes: holds 10,001 nodes; a project can hold at most 10,000',
    );
  });

  it('more than 50,000 edges', () => {
    const text = sampleFile((d) => (d.graph.edges = Array.from({ length: 50_001 }, () => 0)));
    expect(errorOf(parseProject(text))).toBe(
      'graph.edges: holds 50,001 edges; a project can hold at most 50,000',
    );
  });

  it('a node with tens of thousands of parameters', () => {
    const text = sampleFile((d) => {
      for (let i = 0; i < 20_000; i++) d.graph.nodes[1].params[`p${i}`] = 0;
    });
    expect(errorOf(parseProject(text))).toBe(
      'graph.nodes[1].params: holds 20,007 parameters; a project can hold at most 1,000',
    );
  });

  it('deep nesting inside a parameter', () => {
    const text = sampleFile().replace(
      '"units": 3',
      `"units": ${'['.repeat(100)}${']'.repeat(100)}`,
    );
    const error = errorOf(parseProject(text));
    expect(error).toMatch(
      /^graph\.nodes\[0\]\.params\.units(\[0\]){27}: nested more than 32 levels deep/,
    );
  });

  it('a million levels of nesting', () => {
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(errorOf(parseProject(text))).toMatch(/^This is not a NeuroCanvas project/);
    const wrapped = `{"format":"neurocanvas-project","schemaVersion":3,"x":${'{"a":'.repeat(500_000)}1${'}'.repeat(500_000)}}`;
    expect(errorOf(parseProject(wrapped))).toMatch(/^x(\.a){31}: nested more than 32 levels deep/);
  });

  it('something that is not text at all', () => {
    expect(errorOf(parseProject(undefined as never))).toBe(
      'The project file could not be read: it is not text.',
    );
  });

  it('random damage anywhere in a file without throwing', () => {
    const text = serializeProject(sampleProject());
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const junk = [
      '',
      '"',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '0',
      '-1e999',
      'null',
      '__proto__',
      '\\',
      'é',
      ' ',
    ];
    for (let run = 0; run < 2000; run++) {
      const at = Math.floor(random() * text.length);
      const cut = Math.floor(random() * 4);
      const insert = junk[Math.floor(random() * junk.length)]!;
      const damaged = text.slice(0, at) + insert + text.slice(at + cut);
      const result = parseProject(damaged);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
    }
  });
});

describe('weights', () => {
  type Tensor = { name: string; shape: unknown; data: string };
  const withTensor = (change: (t: Tensor) => void) =>
    sampleFile((d) => change(d.weights.nodes.n2[0] as Tensor));
  const at = 'weights.nodes.n2[0]';

  it.each([
    {
      why: 'fewer values than the shape needs',
      text: withTensor((t) => (t.data = floats([1, 2, 3, 4, 5]))),
      error: `${at}.data: holds 20 bytes, but shape [3, 2] needs 6 float32 values (24 bytes)`,
    },
    {
      why: 'a NaN',
      text: withTensor((t) => (t.data = floats([1, 2, NaN, 4, 5, 6]))),
      error: `${at}.data: value 2 is NaN; weights must be finite numbers`,
    },
    {
      why: 'an infinity',
      text: withTensor((t) => (t.data = floats([1, 2, 3, 4, 5, -Infinity]))),
      error: `${at}.data: value 5 is -Infinity; weights must be finite numbers`,
    },
    {
      why: 'characters outside base64',
      text: withTensor(
        (t) =>
          (t.data = `${floats([1, 2, 3, 4, 5, 6]).slice(0, 9)}!${floats([1, 2, 3, 4, 5, 6]).slice(10)}`),
      ),
      error: `${at}.data: base64 text has an invalid character at position 9`,
    },
    {
      why: 'a zero dimension',
      text: withTensor((t) => (t.shape = [3, 0])),
      error: `${at}.shape: expected a list of whole numbers from 1 to 2,147,483,647, got [3, 0]`,
    },
    {
      why: 'a fractional dimension',
      text: withTensor((t) => (t.shape = [1.5, 4])),
      error: `${at}.shape: expected a list of whole numbers from 1 to 2,147,483,647, got [1.5, 4]`,
    },
    {
      why: 'an absurd size',
      text: withTensor((t) => (t.shape = [1_000_000, 1_000_000])),
      error: `${at}.shape: a tensor of shape [1000000, 1000000] is larger than the 67,108,864 values a project can hold`,
    },
    {
      why: 'too many dimensions',
      text: withTensor((t) => (t.shape = [1, 1, 1, 1, 1, 1, 1, 1, 6])),
      error: `${at}.shape: expected at most 8 items, got 9`,
    },
    {
      why: 'a node that does not exist',
      text: sampleFile((d) => (d.weights.nodes.ghost = [])),
      error: 'weights.nodes.ghost: no node has the id "ghost"',
    },
    {
      why: 'one name twice in a node',
      text: sampleFile((d) => (d.weights.nodes.n1[1].name = 'kernel')),
      error: 'weights.nodes.n1[1].name: "kernel" appears twice in this node',
    },
    {
      why: 'another encoding',
      text: sampleFile((d) => (d.weights.encoding = 'float16-base64')),
      error: 'weights.encoding: expected "float32-le-base64", got "float16-base64"',
    },
  ])('refuses $why', ({ text, error }) => {
    expect(errorOf(parseProject(text))).toBe(error);
  });

  it('reads a scalar and an empty list of tensors', () => {
    const text = sampleFile((d) => {
      d.weights.nodes.n2 = [{ name: 'alpha', shape: [], data: floats([0.25]) }];
      d.weights.nodes.n1 = [];
    });
    const weights = projectOf(parseProject(text)).weights!;
    expect(weights.n2).toEqual([{ name: 'alpha', shape: [], values: Float32Array.from([0.25]) }]);
    expect(weights.n1).toEqual([]);
  });

  it('quotes node ids that are not plain names', () => {
    const text = sampleFile((d) => (d.weights.nodes['a b'] = []));
    expect(errorOf(parseProject(text))).toBe('weights.nodes["a b"]: no node has the id "a b"');
  });
});
