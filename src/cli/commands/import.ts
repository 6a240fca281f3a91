import { access } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { analyzeGraph } from '../../graph/analyze';
import { importModelFile } from '../../host/importFiles';
import { saveProjectFile } from '../../host/projectFiles';
import { newProject } from '../../project/project';
import type { Io } from '../main';
import { CliError, usageError } from '../usage';

export async function runImport(
  path: string,
  output: string,
  options: { force: boolean },
  io: Io,
): Promise<number> {
  if (extname(output).toLowerCase() !== '.ncproj')
    throw usageError(`the project to write must end in .ncproj: ${output}`);
  if (!options.force && (await exists(output))) {
    throw new CliError(`${output} exists already; pass --force to overwrite it.`);
  }
  const imported = await importModelFile(path);
  if (!imported.ok) throw new CliError(imported.error);
  const project = {
    ...newProject(basename(output, extname(output))),
    graph: imported.graph,
    ...(imported.weights ? { weights: imported.weights } : {}),
  };
  await saveProjectFile(output, project);
  const { totals } = analyzeGraph(imported.graph);
  for (const warning of imported.warnings) io.err(`warning: ${warning}`);
  io.out(
    `Imported ${imported.graph.nodes.length} layers (${totals.total.toLocaleString('en-US')} parameters${imported.weights ? ', with weights' : ''}) into ${output}.`,
  );
  return 0;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
