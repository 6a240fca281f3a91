/**
 * `neurocanvas data <sub-verb> …`: each sub-verb parses its own options, since they differ from
 * those of the other verbs.
 */
import type { Io } from '../main';
import { usageError } from '../usage';
import { runDataFetch } from './dataFetch';
import { runDataImport } from './dataImport';
import { runDataList } from './dataList';

export async function runData(args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'list':
      return runDataList(rest, io);
    case 'fetch':
      return runDataFetch(rest, io);
    case 'import':
      return runDataImport(rest, io);
    default:
      throw usageError(
        sub === undefined
          ? "'data' needs a sub-command: list, fetch or import"
          : `unknown sub-command 'data ${sub}'; the data sub-commands are: list, fetch, import`,
      );
  }
}
