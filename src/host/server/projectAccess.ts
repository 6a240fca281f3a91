/**
 * The project files the page may open and save, and nothing else. In a browser there is no file
 * dialog the host could trust, so the host itself decides what the page may reach:
 *
 * - anything inside the app's data folder, whose `projects` folder is where the page saves by
 *   default (a relative path is taken inside it);
 * - the files and folders the user named when starting the host (`npm run serve -- <folder>`);
 * - the files on the recent list, which only ever holds files opened or saved under these rules,
 *   so what the user chose once stays reachable on later launches.
 *
 * Only `.ncproj` files are read or written. Paths are compared after resolving links, so a link
 * inside an allowed folder cannot lead outside it. Files go through `loadProjectFile` and
 * `saveProjectFile`, which check the project and write atomically.
 */
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PROJECT_FILE_EXTENSION, type Project } from '../../project/project';
import {
  MAX_FOLDERS,
  MAX_LISTED_PROJECTS,
  type FailureKind,
  type FailureProblem,
  type ProjectEntry,
  type RecentEntry,
} from '../../protocol/renderer';
import { loadProjectFile, saveProjectFile } from '../projectFiles';
import { RecentList } from './recentList';

/** A refusal or failure the page is told about, with the kind the `failed` reply carries. */
export class AccessError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
    /** The fault by code and values, when the page can word it in the user's language. */
    readonly problem?: FailureProblem,
  ) {
    super(message);
    this.name = 'AccessError';
  }
}

export interface ProjectAccessOptions {
  dataDir: string;
  /** Files and folders the user named at launch; the page may use them too. */
  allowedPaths?: readonly string[];
}

export class ProjectAccess {
  private constructor(
    /** Where relative paths lead; inside the data folder. */
    readonly projectsDir: string,
    private readonly dataDir: string,
    private readonly extraFolders: readonly string[],
    private readonly extraFiles: readonly string[],
    private readonly recent: RecentList,
  ) {}

  /** Files and folders the user chose in a native dialog since launch (see `allowChosen`). */
  private readonly chosenFiles: string[] = [];
  private readonly chosenFolders: string[] = [];

  /**
   * The desktop app's native dialogs: a project file the user chose to open or save (it need not
   * exist yet), or a folder they chose to export into, becomes reachable by the page. Only main
   * calls this, with what the dialog returned; the page cannot name a path to add. Resolves with
   * the real path now allowed.
   */
  async allowChosen(path: string, kind: 'projectFile' | 'folder'): Promise<string> {
    if (!isAbsolute(path)) throw new AccessError(`${path} is not an absolute path.`, 'invalid');
    if (kind === 'folder') {
      const real = await realpath(path).catch(() => null);
      if (real === null || !(await stat(real)).isDirectory())
        throw new AccessError(`${path} is not a folder.`, 'failed');
      remember(this.chosenFolders, real);
      return real;
    }
    const target = isProjectFile(path) ? await realTarget(resolve(path)) : null;
    if (target === null || !isProjectFile(target))
      throw new AccessError(
        `NeuroCanvas opens and saves only project files (${PROJECT_FILE_EXTENSION}); ${path} is not one.`,
        'notAllowed',
      );
    remember(this.chosenFiles, target);
    return target;
  }

  /** Creates the data and projects folders if needed; named paths must exist. */
  static async create(options: ProjectAccessOptions): Promise<ProjectAccess> {
    await mkdir(join(options.dataDir, 'projects'), { recursive: true });
    const dataDir = await realpath(options.dataDir);
    const projectsDir = join(dataDir, 'projects');
    const folders: string[] = [];
    const files: string[] = [];
    for (const path of options.allowedPaths ?? []) {
      const real = await realpath(resolve(path)).catch(() => {
        throw new Error(`${path} does not exist.`);
      });
      if ((await stat(real)).isDirectory()) folders.push(real);
      else if (isProjectFile(real)) files.push(real);
      else
        throw new Error(
          `${path} is neither a folder nor a project file (${PROJECT_FILE_EXTENSION}).`,
        );
    }
    if (folders.length + 1 > MAX_FOLDERS)
      throw new Error(`At most ${MAX_FOLDERS - 1} folders can be named.`);
    return new ProjectAccess(
      projectsDir,
      dataDir,
      folders,
      files,
      new RecentList(join(dataDir, 'recent.json')),
    );
  }

  /** The folders the page may list, the projects folder first. */
  folders(): string[] {
    return [this.projectsDir, ...this.extraFolders];
  }

  async open(path: string): Promise<{ path: string; project: Project }> {
    const target = await this.allowed(path);
    const loaded = await loadProjectFile(target);
    if (!loaded.ok) throw new AccessError(loaded.error, 'failed');
    await this.recent.add(target, loaded.project.name);
    return { path: target, project: loaded.project };
  }

  async save(path: string, project: Project): Promise<string> {
    const target = await this.allowed(path);
    try {
      await saveProjectFile(target, project);
    } catch (e) {
      throw new AccessError(e instanceof Error ? e.message : String(e), 'failed');
    }
    await this.recent.add(target, project.name);
    return target;
  }

  /** The recent list, without the files that have since gone. */
  async recentEntries(): Promise<RecentEntry[]> {
    const entries = await this.recent.entries();
    const present = await Promise.all(
      entries.map((e) =>
        stat(e.path).then(
          (s) => s.isFile(),
          () => false,
        ),
      ),
    );
    return entries.filter((_, i) => present[i]);
  }

  /** The project files in an allowed folder (the projects folder by default), newest first. */
  async list(folder?: string): Promise<{ folder: string; projects: ProjectEntry[] }> {
    const wanted = folder === undefined ? this.projectsDir : this.absolute(folder);
    const real = await realpath(wanted).catch(() => {
      throw new AccessError(`Cannot list ${wanted}: the folder does not exist.`, 'failed');
    });
    if (!this.insideRoots(real)) throw new AccessError(this.refusal(wanted), 'notAllowed');
    const names = (await readdir(real)).filter(isProjectFile);
    const projects: ProjectEntry[] = [];
    for (const name of names) {
      const path = join(real, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      projects.push({
        path,
        name: name.slice(0, -PROJECT_FILE_EXTENSION.length),
        bytes: info.size,
        modifiedAt: info.mtime.toISOString(),
      });
    }
    projects.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
    return { folder: real, projects: projects.slice(0, MAX_LISTED_PROJECTS) };
  }

  /** The real path `path` leads to, if the page may use it; else an `AccessError` saying why not. */
  async allowed(path: string): Promise<string> {
    const absolute = this.absolute(path);
    const notProject = () =>
      new AccessError(
        `NeuroCanvas opens and saves only project files (${PROJECT_FILE_EXTENSION}); ${absolute} is not one.`,
        'notAllowed',
      );
    if (!isProjectFile(absolute)) throw notProject();
    const target = await realTarget(absolute);
    if (target === null)
      throw new AccessError(`Cannot use ${absolute}: its folder does not exist.`, 'failed');
    // A link named like a project may point at any other file.
    if (!isProjectFile(target)) throw notProject();
    if (
      this.insideRoots(target) ||
      this.extraFiles.includes(target) ||
      this.chosenFiles.includes(target)
    )
      return target;
    if ((await this.recent.entries()).some((e) => e.path === target)) return target;
    throw new AccessError(this.refusal(absolute), 'notAllowed');
  }

  /**
   * The real path of data a run reads (an imported dataset kept by path), if the page may have it
   * read: only what lies inside the data folder (where uploads go) or a folder named at launch.
   * A project file is untrusted, and its dataset path could otherwise name any file on the disk.
   */
  async allowedData(path: string): Promise<string> {
    const real = isAbsolute(path) ? await realpath(path).catch(() => null) : null;
    if (real === null)
      throw new AccessError(`The dataset at ${path} cannot be found; import it again.`, 'failed');
    if (this.insideRoots(real)) return real;
    throw new AccessError(
      `NeuroCanvas may not read ${path}: in the browser a run reads imported data only from the ` +
        `app's data folder (${this.dataDir}) and the folders named when it was started ` +
        `(npm run serve -- <folder>). Import the data again from the dataset picker.`,
      'notAllowed',
    );
  }

  private absolute(path: string): string {
    return isAbsolute(path) ? resolve(path) : resolve(this.projectsDir, path);
  }

  private insideRoots(real: string): boolean {
    return [this.dataDir, ...this.extraFolders, ...this.chosenFolders].some((root) =>
      isInside(root, real),
    );
  }

  private refusal(path: string): string {
    return (
      `NeuroCanvas may not use ${path}. In the browser it uses only its projects folder ` +
      `(${this.projectsDir}), the folders named when it was started ` +
      `(npm run serve -- <folder>), and files opened or saved there before.`
    );
  }
}

function isProjectFile(path: string): boolean {
  return (
    path.toLowerCase().endsWith(PROJECT_FILE_EXTENSION) &&
    basename(path).length > PROJECT_FILE_EXTENSION.length
  );
}

/** `root` itself or anything below it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** Where a save or open would really land: through a link, or into the real parent folder. */
async function realTarget(path: string): Promise<string | null> {
  const existing = await realpath(path).catch(() => null);
  if (existing !== null) return existing;
  const folder = await realpath(dirname(path)).catch(() => null);
  return folder === null ? null : join(folder, basename(path));
}

/** Choices are kept newest last; a long session's dialogs stay a bounded list. */
const MAX_CHOSEN = 200;

function remember(list: string[], path: string): void {
  const at = list.indexOf(path);
  if (at >= 0) list.splice(at, 1);
  list.push(path);
  if (list.length > MAX_CHOSEN) list.shift();
}
