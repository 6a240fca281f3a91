/**
 * The import dialog's work on the host: files the page uploads are kept in the app's data folder
 * (`imports/<upload id>/…`), imported by the same code as the command line's `data import`, and
 * answered with the report, the dataset reference and preview samples. A dataset too large to embed
 * is referenced by its stored path, which stays valid as long as the data folder does.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ImportError } from '../../data/import/errors';
import { importedRef, type ImportKind } from '../../data/import/refs';
import { importData } from '../../data/node/import/importData';
import type { RendererRequestOf } from '../../protocol/renderer';
import { AccessError } from './projectAccess';

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class DataImports {
  constructor(private readonly dir: string) {}

  async run(request: RendererRequestOf<'importData'>) {
    const { kind, name, options } = request;
    let upload: string;
    if (request.files) upload = await this.store(kind, name, request.files);
    else if (request.upload !== undefined && UPLOAD_ID.test(request.upload))
      upload = request.upload;
    else throw new AccessError('An import needs the files, or the id of an upload.', 'invalid');
    const path = await this.uploadedPath(upload);
    try {
      const imported = await importData(kind, path, options);
      return {
        upload,
        report: imported.report,
        dataset: importedRef(kind, path, options, imported.dataset),
        ...(imported.samples ? { samples: imported.samples } : {}),
      };
    } catch (e) {
      if (e instanceof ImportError) throw new AccessError(e.message, 'failed', e.problem);
      throw e;
    }
  }

  /** Writes the upload under a fresh id: one file for a CSV, the folder's files for images. */
  private async store(
    kind: ImportKind,
    name: string,
    files: readonly { path: string; bytes: Uint8Array }[],
  ): Promise<string> {
    const id = randomUUID();
    const root = join(this.dir, id, safeSegment(name));
    if (kind !== 'images') {
      if (files.length !== 1)
        throw new AccessError(`A ${kind} import takes one file, not ${files.length}.`, 'invalid');
      await mkdir(dirname(root), { recursive: true });
      await writeFile(root, files[0]!.bytes);
      return id;
    }
    for (const file of files) {
      const target = join(root, ...file.path.split('/').map(safeSegment));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.bytes);
    }
    return id;
  }

  private async uploadedPath(upload: string): Promise<string> {
    const folder = join(this.dir, upload);
    const entries = await readdir(folder).catch(() => null);
    if (!entries || entries.length !== 1)
      throw new AccessError(
        'That upload is no longer on the host; choose the file again.',
        'failed',
      );
    return join(folder, entries[0]!);
  }
}

/** One part of an uploaded path, refused when it could step out of the upload's folder. */
function safeSegment(segment: string): string {
  if (segment === '' || segment === '.' || segment === '..' || /[\\/\0:]/.test(segment))
    throw new AccessError(
      `'${segment}' is not a file or folder name an upload may use.`,
      'invalid',
    );
  return segment;
}
