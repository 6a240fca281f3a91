import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../protocol';
import { HOST_REPLY_SCHEMAS, RENDERER_REQUEST_SCHEMAS } from '../../protocol/renderer';
import { DataImports } from './dataImports';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'nc-imports-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

const csv = new TextEncoder().encode(
  [
    'x,y,label',
    ...Array.from(
      { length: 40 },
      (_, i) => `${i},${i % 5 === 0 ? '' : i * 2},${i % 2 ? 'odd' : 'even'}`,
    ),
  ].join('\n'),
);

function request(fields: Record<string, unknown>) {
  // Checked by the protocol exactly as a page's request is.
  return RENDERER_REQUEST_SCHEMAS.importData.parse({
    v,
    type: 'importData',
    requestId: 'r1',
    ...fields,
  });
}

describe('DataImports', () => {
  it('imports an uploaded CSV, and imports it again by upload id with other options', async () => {
    const imports = new DataImports(dir);
    const first = await imports.run(
      request({
        kind: 'csv',
        name: 'numbers.csv',
        files: [{ path: 'numbers.csv', bytes: csv }],
        options: {},
      }),
    );
    expect(first.report.train + first.report.test).toBe(32);
    expect(first.dataset.id).toBe('embedded');
    expect(first.dataset.data?.classNames).toEqual(['even', 'odd']);
    // The answer passes the page's own check of it.
    const reply = HOST_REPLY_SCHEMAS.dataImported.safeParse({
      v,
      type: 'dataImported',
      requestId: 'r1',
      ...first,
    });
    expect(reply.success).toBe(true);

    const second = await imports.run(
      request({
        kind: 'csv',
        name: 'numbers.csv',
        upload: first.upload,
        options: { missing: 'impute' },
      }),
    );
    expect(second.report.train + second.report.test).toBe(40);
    expect(second.report.notes.join(' ')).toMatch(/filled in with the training mean/);
  });

  it('stores an uploaded folder by the paths inside it and returns preview samples', async () => {
    const png = async (grey: number) =>
      new Uint8Array(
        await sharp({
          create: { width: 5, height: 5, channels: 3, background: { r: grey, g: grey, b: grey } },
        })
          .png()
          .toBuffer(),
      );
    const files = [];
    for (let i = 0; i < 3; i++) {
      files.push({ path: `dark/${i}.png`, bytes: await png(0) });
      files.push({ path: `light/${i}.png`, bytes: await png(250) });
    }
    const result = await new DataImports(dir).run(
      request({ kind: 'images', name: 'shades', files, options: { size: 5 } }),
    );
    expect(result.report.balance?.classNames).toEqual(['dark', 'light']);
    expect(result.samples?.length).toBe(6);
    expect(result.dataset.data?.inputShape).toEqual([5, 5, 1]);
  });

  it.each([
    [
      { files: [{ path: '../escape.png', bytes: new Uint8Array(1) }] },
      /'\.\.' is not a file or folder name/,
    ],
    [{ upload: '../../etc' }, /needs the files, or the id of an upload/],
    [{ upload: '00000000-0000-0000-0000-000000000000' }, /no longer on the host/],
  ])('refuses %j', async (fields, message) => {
    await expect(
      new DataImports(dir).run(request({ kind: 'images', name: 'x', options: {}, ...fields })),
    ).rejects.toThrow(message);
  });

  it('passes on an import problem as the message', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n');
    await expect(
      new DataImports(dir).run(
        request({
          kind: 'csv',
          name: 'tiny.csv',
          files: [{ path: 'tiny.csv', bytes }],
          options: { target: 'c' },
        }),
      ),
    ).rejects.toThrow("There is no column 'c'. The columns are 'a', 'b'.");
  });
});
