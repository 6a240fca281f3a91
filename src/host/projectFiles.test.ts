import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../project/project';
import { serializeProject } from '../project/serialize';
import { sampleProject } from '../project/testing/sampleProject';
import { loadProjectFile, MAX_PROJECT_FILE_BYTES, saveProjectFile } from './projectFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-project-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saveProjectFile and loadProjectFile', () => {
  it('save and load round trip, leaving no temporary file behind', async () => {
    const path = join(dir, 'digits.ncproj');
    const project = sampleProject();
    await saveProjectFile(path, project);
    expect(await readdir(dir)).toEqual(['digits.ncproj']);
    expect(await readFile(path, 'utf8')).toBe(serializeProject(project));
    expect(await loadProjectFile(path)).toEqual({ ok: true, project });
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const path = join(dir, 'digits.ncproj');
    await saveProjectFile(path, newProject('first'));
    await chmod(path, 0o640);
    await saveProjectFile(path, newProject('second'));
    expect(await readdir(dir)).toEqual(['digits.ncproj']);
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    const loaded = await loadProjectFile(path);
    expect(loaded.ok && loaded.project.name).toBe('second');
  });

  it('writes through a symbolic link to the file it points to', async () => {
    const real = join(dir, 'real.ncproj');
    const link = join(dir, 'link.ncproj');
    await saveProjectFile(real, newProject('first'));
    await symlink(real, link);
    await saveProjectFile(link, newProject('second'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    const loaded = await loadProjectFile(real);
    expect(loaded.ok && loaded.project.name).toBe('second');
  });

  it('reports a missing folder, naming the path', async () => {
    const path = join(dir, 'missing', 'digits.ncproj');
    await expect(saveProjectFile(path, newProject('x'))).rejects.toThrow(
      `Cannot save ${path}: the folder does not exist.`,
    );
  });

  it('leaves the old file intact when the new one cannot be written', async () => {
    const path = join(dir, 'digits.ncproj');
    await saveProjectFile(path, sampleProject());
    const before = await readFile(path, 'utf8');
    const diverged = sampleProject();
    diverged.weights = { n1: [{ name: 'kernel', shape: [1], values: Float32Array.from([NaN]) }] };
    await expect(saveProjectFile(path, diverged)).rejects.toThrow(
      `Cannot save ${path}:\nweights.nodes.n1[0].data: value 0 is NaN; weights must be finite numbers`,
    );
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['digits.ncproj']);
  });

  it('cleans up its temporary file when the final rename fails', async () => {
    // A folder where the file should go makes the rename fail after the temporary file is written.
    const path = join(dir, 'digits.ncproj');
    await mkdir(path);
    await writeFile(join(path, 'keep.txt'), 'still here');
    await expect(saveProjectFile(path, newProject('x'))).rejects.toThrow(`Cannot save ${path}:`);
    expect(await readdir(dir)).toEqual(['digits.ncproj']);
    expect(await readFile(join(path, 'keep.txt'), 'utf8')).toBe('still here');
  });
});

describe('loadProjectFile refuses', () => {
  it('a file that does not exist', async () => {
    const path = join(dir, 'nope.ncproj');
    expect(await loadProjectFile(path)).toEqual({
      ok: false,
      error: `Cannot open ${path}: the file does not exist.`,
    });
  });

  it('a folder', async () => {
    expect(await loadProjectFile(dir)).toEqual({
      ok: false,
      error: `Cannot open ${dir}: it is a folder, not a project file.`,
    });
  });

  it('a file over the size limit, before reading it', async () => {
    const path = join(dir, 'huge.ncproj');
    await writeFile(path, '');
    await truncate(path, MAX_PROJECT_FILE_BYTES + 1); // sparse: no disk space used
    expect(await loadProjectFile(path)).toEqual({
      ok: false,
      error: `Cannot open ${path}: the file is 256.0 MiB, larger than the 256 MiB a project file can be.`,
    });
  });

  it('bytes that are not UTF-8', async () => {
    const path = join(dir, 'binary.ncproj');
    await writeFile(path, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await loadProjectFile(path)).toEqual({
      ok: false,
      error: `Cannot open ${path}: it is not UTF-8 text, so it cannot be a project file.`,
    });
  });

  it('a damaged project, naming the file and the place', async () => {
    const path = join(dir, 'bad.ncproj');
    await writeFile(path, serializeProject(sampleProject()).replace('"units": 3', '"units": 1e12'));
    expect(await loadProjectFile(path)).toEqual({
      ok: false,
      error: `Cannot open ${path}: graph.nodes[0].params.units: expected a whole number from 1 to 1,000,000, got 1000000000000`,
    });
  });

  it('a truncated project, with line and column', async () => {
    const path = join(dir, 'cut.ncproj');
    await writeFile(path, '{\n  "format": "neurocanvas-project",\n');
    expect(await loadProjectFile(path)).toEqual({
      ok: false,
      error: `Cannot open ${path}: The file is not valid JSON: line 3, column 1: the file ends too early, as if it had been cut off.`,
    });
  });
});
