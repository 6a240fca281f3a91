#!/usr/bin/env node
// Renders the app's icon (icon.svg) into the PNG and ICO files packaging reads:
// icon.png (512 px: macOS and Linux), icons/<n>x<n>.png (Linux's sizes) and icon.ico (Windows,
// whose ICO format may hold PNG images as they are). Run again after editing icon.svg.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';

const here = new URL('./', import.meta.url);
const svg = await readFile(new URL('icon.svg', here));
const png = (size) =>
  sharp(svg, { density: (72 * size) / 512 })
    .resize(size, size)
    .png()
    .toBuffer();

await writeFile(new URL('icon.png', here), await png(512));
await mkdir(new URL('icons/', here), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512])
  await writeFile(new URL(`icons/${size}x${size}.png`, here), await png(size));

const icoSizes = [16, 32, 48, 256];
const images = await Promise.all(icoSizes.map(png));
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // 1: an icon
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((image, i) => {
  const entry = 6 + 16 * i;
  const size = icoSizes[i];
  header.writeUInt8(size === 256 ? 0 : size, entry); // 0 stands for 256
  header.writeUInt8(size === 256 ? 0 : size, entry + 1);
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(image.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += image.length;
});
await writeFile(new URL('icon.ico', here), Buffer.concat([header, ...images]));
