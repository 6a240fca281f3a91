import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../i18n';
import { IMAGE_OPTIONS, readOptions } from '../../import/options';
import { readImageFolder } from './imageFolder';

let dir: string;

function solid(width: number, height: number, grey: number) {
  return sharp({
    create: { width, height, channels: 3, background: { r: grey, g: grey, b: grey } },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nc-images-'));
  const root = join(dir, 'shades');
  for (const name of ['dark', 'light', 'empty']) await mkdir(join(root, name), { recursive: true });
  for (let i = 0; i < 6; i++) {
    await solid(16, 16, 0)
      .png()
      .toFile(join(root, 'dark', `d${i}.png`));
    await solid(12 + i, 20, 255)
      .jpeg({ quality: 100 })
      .toFile(join(root, 'light', `l${i}.jpg`));
  }
  await writeFile(join(root, 'dark', 'broken.png'), 'not an image at all');
  await writeFile(join(root, 'light', 'notes.txt'), 'a note');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readImageFolder', () => {
  it('decodes, resizes and labels PNG and JPEG images, and reports what it skipped', async () => {
    const options = readOptions(IMAGE_OPTIONS, { size: 8, trainRatio: 0.5 }, 'test');
    const { dataset, report, samples } = await readImageFolder(join(dir, 'shades'), options);
    expect(dataset.classNames).toEqual(['dark', 'light']);
    expect(dataset.inputShape).toEqual([8, 8, 1]);
    expect(dataset.train.count + dataset.test.count).toBe(12);
    expect(report.balance).toEqual({ classNames: ['dark', 'light'], train: [3, 3], test: [3, 3] });
    // Dark images are 0 everywhere, light ones 1 (JPEG may round a level).
    for (const split of [dataset.train, dataset.test]) {
      for (let i = 0; i < split.count; i++) {
        const light = split.y[i * 2 + 1] === 1;
        const pixels = split.x.subarray(i * 64, (i + 1) * 64);
        for (const v of pixels) expect(v).toBeCloseTo(light ? 1 : 0, 1);
      }
    }
    const notes = report.notes.join('\n');
    expect(notes).toMatch(/The class folder 'empty' holds no PNG or JPEG images and is left out/);
    expect(notes).toMatch(/1 file is not PNG or JPEG and was ignored/);
    expect(notes).toMatch(/1 image could not be decoded and was skipped: dark\/broken\.png/);
    expect(notes).toMatch(/The images come in 7 sizes: 16×16 \(6\).*; all were resized to 8×8/);
    // The same notes by code: word for word in English, and in Russian.
    const said = (locale: 'en' | 'ru') =>
      report.noteCodes!.map((n) =>
        translate(locale, `data.note.${n.code}` as MessageKey, n.values),
      );
    expect(said('en')).toEqual(report.notes);
    expect(said('ru')).toEqual([
      "В папке класса 'empty' нет изображений PNG или JPEG, она исключена.",
      '1 файл не является PNG или JPEG и пропущен.',
      expect.stringMatching(
        /^1 изображение не удалось декодировать, оно пропущено: dark\/broken\.png/,
      ),
      expect.stringMatching(
        /^Изображения 7 разных размеров: 16×16 \(6\).*; все приведены к 8×8\.$/,
      ),
    ]);
    expect(samples.length).toBe(12);
    expect(samples[0]!.pixels.length).toBe(64);
  });

  it('reads RGB as three channels', async () => {
    const options = readOptions(IMAGE_OPTIONS, { size: 4, color: 'rgb' }, 'test');
    const { dataset } = await readImageFolder(join(dir, 'shades'), options);
    expect(dataset.inputShape).toEqual([4, 4, 3]);
    expect(dataset.train.x.length).toBe(dataset.train.count * 48);
  });

  it('explains a folder without class subfolders, and one with a single class', async () => {
    const options = readOptions(IMAGE_OPTIONS, {}, 'test');
    await expect(readImageFolder(join(dir, 'shades', 'dark'), options)).rejects.toThrow(
      /has no subfolders. Put the images of each class in a subfolder/,
    );
    const single = join(dir, 'single');
    await mkdir(join(single, 'only'), { recursive: true });
    await mkdir(join(single, 'none'), { recursive: true });
    await solid(4, 4, 9)
      .png()
      .toFile(join(single, 'only', 'a.png'));
    await expect(readImageFolder(single, options)).rejects.toThrow(
      "Only the folder 'only' holds PNG or JPEG images ('none' is empty); a classifier needs at least two classes with images.",
    );
  });
});
