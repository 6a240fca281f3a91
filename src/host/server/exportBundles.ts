/**
 * The host's side of exporting from the page: it builds the model of the project the page sends,
 * says which targets can take it, and writes bundles. Bundles go where project files may go: by
 * default into a new folder of the app's `exports` folder, or into a folder the page names inside
 * the data folder or a folder the user named when starting the host (`npm run serve -- <folder>`).
 */
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { datasetInfo } from '../../data';
import { loadDataset } from '../../data/node/loadDataset';
import type { Dataset } from '../../data/types';
import { bundleFiles, UnsupportedExportError } from '../../export/bundle/bundleFiles';
import { buildExportModel, exportSourceOf } from '../../export/bundle/buildExportModel';
import {
  TARGET_LABELS,
  unsupportedByTarget,
  type TargetStatus,
} from '../../export/bundle/registry';
import type { ExportTarget } from '../../export/bundle/types';
import { BundleWriteError, writeBundle } from '../../export/bundle/writeBundle';
import { translate } from '../../i18n';
import type { Project } from '../../project/project';
import { MAX_UNSUPPORTED_LISTED } from '../../protocol/exportMessages';
import { AccessError, type ProjectAccess } from './projectAccess';

export interface ExportedBundle {
  target: ExportTarget;
  folder: string;
  files: { path: string; bytes: number }[];
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** A folder name from a project name: letters, digits, `-` and `_` only. */
function folderName(projectName: string, target: ExportTarget): string {
  const base = projectName.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'model';
  return `${base.slice(0, 80)}-${target}`;
}

async function isEmptyOrMissing(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info === null || (info.isDirectory() && (await readdir(path)).length === 0);
}

export class ExportBundles {
  constructor(private readonly files: ProjectAccess) {}

  /** The app's data folder: the projects folder sits inside it. */
  private get dataDir(): string {
    return dirname(this.files.projectsDir);
  }

  get exportsDir(): string {
    return join(this.dataDir, 'exports');
  }

  async check(project: Project): Promise<TargetStatus[]> {
    const model = await this.build(project);
    return unsupportedByTarget(model.model).map((s) =>
      s.available ? { ...s, unsupported: s.unsupported.slice(0, MAX_UNSUPPORTED_LISTED) } : s,
    );
  }

  async export(
    project: Project,
    target: ExportTarget,
    options: { folder?: string; replace: boolean },
  ): Promise<ExportedBundle> {
    const out =
      options.folder === undefined
        ? await this.freshFolder(folderName(project.name, target))
        : await this.allowedFolder(options.folder);
    const { model, dataset } = await this.build(project);
    let files;
    try {
      files = bundleFiles(model, target, dataset ? { dataset } : {});
    } catch (e) {
      if (e instanceof UnsupportedExportError) {
        throw new AccessError(e.message, 'failed', {
          code: 'unsupported',
          values: {
            target: TARGET_LABELS[target],
            count: e.layers.length,
            layers: e.layers.map((l) => `${l.layerName} (${l.className})`).join(', '),
          },
        });
      }
      throw e;
    }
    let folder: string;
    try {
      folder = await writeBundle(out, files, { force: options.replace });
    } catch (e) {
      if (e instanceof BundleWriteError)
        throw new AccessError(e.message, 'failed', { code: e.code, values: { ...e.values } });
      throw e;
    }
    return {
      target,
      folder,
      files: files.map((f) => ({
        path: f.path,
        bytes: typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.length,
      })),
    };
  }

  private async build(project: Project) {
    let dataset: Dataset | undefined;
    const ref = project.dataset;
    if (ref && datasetInfo(ref.id)) {
      // Without its dataset the bundle still exports, with random sample inputs.
      dataset = await loadDataset(ref.id, ref.options ?? {}).catch(() => undefined);
    }
    try {
      const model = await buildExportModel(
        exportSourceOf(project),
        dataset ? { loadedDataset: dataset } : {},
      );
      return { model, dataset };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new AccessError(detail, 'failed', { code: 'buildFailed', values: { detail } });
    }
  }

  /** `<exports>/<name>`, or `<name>-2`, `-3`… when that already holds files. */
  private async freshFolder(name: string): Promise<string> {
    await mkdir(this.exportsDir, { recursive: true });
    for (let i = 1; ; i++) {
      const candidate = join(this.exportsDir, i === 1 ? name : `${name}-${i}`);
      if (await isEmptyOrMissing(candidate)) return candidate;
    }
  }

  /**
   * A folder the page may write a bundle into. Relative paths are taken inside the exports folder.
   * The nearest existing folder is resolved through links, so a link cannot lead outside.
   */
  private async allowedFolder(path: string): Promise<string> {
    await mkdir(this.exportsDir, { recursive: true });
    const absolute = isAbsolute(path) ? resolve(path) : resolve(this.exportsDir, path);
    let existing = absolute;
    const rest: string[] = [];
    for (;;) {
      const real = await realpath(existing).catch(() => null);
      if (real !== null) {
        existing = real;
        break;
      }
      rest.unshift(basename(existing));
      const parent = dirname(existing);
      if (parent === existing) break;
      existing = parent;
    }
    const target = join(existing, ...rest);
    const roots = [await realpath(this.dataDir), ...this.files.folders().slice(1)];
    if (roots.some((root) => isInside(root, target))) return target;
    const values = { folder: absolute, exportsDir: this.exportsDir };
    throw new AccessError(translate('en', 'export.error.notAllowed', values), 'notAllowed', {
      code: 'notAllowed',
      values,
    });
  }
}
