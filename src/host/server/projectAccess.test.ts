import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../project/serialize';
import { sampleProject } from '../../project/testing/sampleProject';
import { AccessError, ProjectAccess } from './projectAccess';

let dir: string;
let dataDir: string;
let elsewhere: string;

beforeEach(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-access-')));
  dataDir = join(dir, 'data');
  elsewhere = join(dir, 'elsewhere');
  await mkdir(elsewhere);
  await writeFile(join(elsewhere, 'mine.ncproj'), serializeProject(sampleProject()));
  await writeFile(join(elsewhere, 'notes.txt'), 'not a project');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<AccessError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AccessError);
  return error as AccessError;
}

describe('ProjectAccess', () => {
  it('saves into its projects folder by a relative path, and opens the file again', async () => {
    const access = await ProjectAccess.create({ dataDir });
    const path = await access.save('Digits.ncproj', sampleProject());
    expect(path).toBe(join(dataDir, 'projects', 'Digits.ncproj'));
    const opened = await access.open(path);
    expect(opened).toEqual({ path, project: sampleProject() });
    expect((await access.list()).projects).toMatchObject([{ path, name: 'Digits' }]);
  });

  it('refuses a project file outside its folders that nobody chose', async () => {
    const access = await ProjectAccess.create({ dataDir });
    const error = await refusal(access.open(join(elsewhere, 'mine.ncproj')));
    expect(error.kind).toBe('notAllowed');
    expect(error.message).toMatch(/may not use .*mine\.ncproj.*its projects folder/);
    expect((await refusal(access.save(join(elsewhere, 'new.ncproj'), sampleProject()))).kind).toBe(
      'notAllowed',
    );
    expect((await refusal(access.list(elsewhere))).kind).toBe('notAllowed');
  });

  it('refuses a relative path that climbs out of the projects folder', async () => {
    const access = await ProjectAccess.create({ dataDir });
    const error = await refusal(access.open('../../elsewhere/mine.ncproj'));
    expect(error.kind).toBe('notAllowed');
  });

  it('uses a folder the user named at launch, and remembers its files on the recent list', async () => {
    const named = await ProjectAccess.create({ dataDir, allowedPaths: [elsewhere] });
    const mine = join(elsewhere, 'mine.ncproj');
    expect((await named.open(mine)).project.name).toBe('Digits');
    expect(named.folders()).toEqual([join(dataDir, 'projects'), elsewhere]);
    expect((await named.list(elsewhere)).projects.map((p) => p.name)).toEqual(['mine']);

    // The next launch names no folder: the file chosen before stays open to the page, no other.
    const later = await ProjectAccess.create({ dataDir });
    expect((await later.recentEntries()).map((e) => e.path)).toEqual([mine]);
    expect((await later.open(mine)).path).toBe(mine);
    await writeFile(join(elsewhere, 'other.ncproj'), serializeProject(sampleProject()));
    expect((await refusal(later.open(join(elsewhere, 'other.ncproj')))).kind).toBe('notAllowed');
  });

  it('uses a single project file the user named, and nothing beside it', async () => {
    const mine = join(elsewhere, 'mine.ncproj');
    const access = await ProjectAccess.create({ dataDir, allowedPaths: [mine] });
    expect((await access.open(mine)).path).toBe(mine);
    await refusal(access.save(join(elsewhere, 'beside.ncproj'), sampleProject()));
  });

  it('opens and saves only project files, even inside its folders', async () => {
    const access = await ProjectAccess.create({ dataDir, allowedPaths: [elsewhere] });
    const error = await refusal(access.open(join(elsewhere, 'notes.txt')));
    expect(error.message).toMatch(/only project files \(\.ncproj\)/);
    await refusal(access.save(join(dataDir, 'recent.json'), sampleProject()));
  });

  it('follows links before deciding, so a link cannot lead out of a folder', async () => {
    const access = await ProjectAccess.create({ dataDir });
    await access.save('first.ncproj', sampleProject()); // so that recent.json exists
    const projects = join(dataDir, 'projects');
    await symlink(join(elsewhere, 'mine.ncproj'), join(projects, 'link.ncproj'));
    await symlink(elsewhere, join(projects, 'out'));
    await symlink(join(dataDir, 'recent.json'), join(projects, 'recent.ncproj'));
    expect((await refusal(access.open('link.ncproj'))).kind).toBe('notAllowed');
    expect((await refusal(access.save('out/new.ncproj', sampleProject()))).kind).toBe('notAllowed');
    expect((await refusal(access.save('recent.ncproj', sampleProject()))).message).toMatch(
      /only project files/,
    );
  });

  it('passes on why a file cannot be opened or saved', async () => {
    const access = await ProjectAccess.create({ dataDir });
    await writeFile(join(dataDir, 'projects', 'broken.ncproj'), '{');
    const broken = await refusal(access.open('broken.ncproj'));
    expect(broken).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/^Cannot open /),
    });
    const missing = await refusal(access.open('missing.ncproj'));
    expect(missing.message).toMatch(/does not exist/);
    const noFolder = await refusal(access.save('no/such/folder.ncproj', sampleProject()));
    expect(noFolder).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/folder does not exist/),
    });
  });

  it('refuses to start with a named path that is neither a folder nor a project', async () => {
    await expect(
      ProjectAccess.create({ dataDir, allowedPaths: [join(elsewhere, 'notes.txt')] }),
    ).rejects.toThrow(/neither a folder nor a project file/);
    await expect(
      ProjectAccess.create({ dataDir, allowedPaths: [join(dir, 'nope')] }),
    ).rejects.toThrow(/does not exist/);
  });

  it('drops files that have gone from the recent list it reports', async () => {
    const access = await ProjectAccess.create({ dataDir });
    const a = await access.save('a.ncproj', sampleProject());
    const b = await access.save('b.ncproj', sampleProject());
    expect((await access.recentEntries()).map((e) => e.path)).toEqual([b, a]);
    await rm(a);
    expect((await access.recentEntries()).map((e) => e.path)).toEqual([b]);
    expect(await readFile(join(dataDir, 'recent.json'), 'utf8')).toContain(a);
  });
});

describe('ProjectAccess.allowedData', () => {
  it('lets a run read imported data in the data folder or a folder named at launch', async () => {
    const named = join(dir, 'named');
    await mkdir(named);
    const access = await ProjectAccess.create({ dataDir, allowedPaths: [named] });
    await mkdir(join(dataDir, 'imports', 'u1'), { recursive: true });
    await writeFile(join(dataDir, 'imports', 'u1', 'table.csv'), 'a,b\n1,2\n');
    await writeFile(join(named, 'mine.csv'), 'a,b\n1,2\n');
    expect(await access.allowedData(join(dataDir, 'imports', 'u1', 'table.csv'))).toBe(
      join(dataDir, 'imports', 'u1', 'table.csv'),
    );
    expect(await access.allowedData(join(named, 'mine.csv'))).toBe(join(named, 'mine.csv'));
  });

  it.each([
    { what: 'a file elsewhere', path: () => join(elsewhere, 'notes.txt'), kind: 'notAllowed' },
    { what: 'a missing file', path: () => join(dataDir, 'imports', 'gone.csv'), kind: 'failed' },
    { what: 'a relative path', path: () => 'notes.txt', kind: 'failed' },
    {
      what: 'a link out of the data folder',
      path: () => join(dataDir, 'link.csv'),
      kind: 'notAllowed',
    },
  ])('refuses $what', async ({ path, kind }) => {
    const access = await ProjectAccess.create({ dataDir });
    await symlink(join(elsewhere, 'notes.txt'), join(dataDir, 'link.csv'));
    const error = await refusal(access.allowedData(path()));
    expect(error.kind).toBe(kind);
  });
});

describe('ProjectAccess.allowChosen', () => {
  it('opens a file once the user chose it in a dialog, and nothing beside it', async () => {
    const access = await ProjectAccess.create({ dataDir });
    const mine = join(elsewhere, 'mine.ncproj');
    await refusal(access.open(mine));
    expect(await access.allowChosen(mine, 'projectFile')).toBe(mine);
    expect((await access.open(mine)).project).toEqual(sampleProject());
    await writeFile(join(elsewhere, 'other.ncproj'), serializeProject(sampleProject()));
    expect((await refusal(access.open(join(elsewhere, 'other.ncproj')))).kind).toBe('notAllowed');
    expect((await refusal(access.list(elsewhere))).kind).toBe('notAllowed');
  });

  it('saves to a new file the user named in a save dialog', async () => {
    const access = await ProjectAccess.create({ dataDir });
    const fresh = join(elsewhere, 'fresh.ncproj');
    await refusal(access.save(fresh, sampleProject()));
    await access.allowChosen(fresh, 'projectFile');
    expect(await access.save(fresh, sampleProject())).toBe(fresh);
    expect(await readFile(fresh, 'utf8')).toBe(serializeProject(sampleProject()));
  });

  it('lets the page write inside a folder chosen for an export, and list it', async () => {
    const access = await ProjectAccess.create({ dataDir });
    await access.allowChosen(elsewhere, 'folder');
    expect(await access.save(join(elsewhere, 'inside.ncproj'), sampleProject())).toBe(
      join(elsewhere, 'inside.ncproj'),
    );
    expect((await access.list(elsewhere)).folder).toBe(elsewhere);
    // A chosen folder is not listed among the folders the Open dialog offers.
    expect(access.folders()).toEqual([join(dataDir, 'projects')]);
  });

  it.each([
    [
      'a file that is not a project',
      () => join(elsewhere, 'notes.txt'),
      'projectFile',
      'notAllowed',
    ],
    ['a relative path', (): string => 'mine.ncproj', 'projectFile', 'invalid'],
    [
      'a project in a missing folder',
      () => join(dir, 'gone', 'a.ncproj'),
      'projectFile',
      'notAllowed',
    ],
    ['a file as a folder', (): string => join(elsewhere, 'mine.ncproj'), 'folder', 'failed'],
    ['a missing folder', (): string => join(dir, 'gone'), 'folder', 'failed'],
  ] as const)('refuses %s', async (_what, path, kind, failure) => {
    const access = await ProjectAccess.create({ dataDir });
    expect((await refusal(access.allowChosen(path(), kind))).kind).toBe(failure);
  });

  it('does not let a link named like a project reach another file', async () => {
    const access = await ProjectAccess.create({ dataDir });
    const link = join(elsewhere, 'link.ncproj');
    await symlink(join(elsewhere, 'notes.txt'), link);
    expect((await refusal(access.allowChosen(link, 'projectFile'))).kind).toBe('notAllowed');
  });
});
