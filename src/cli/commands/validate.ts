import { analyzeGraph } from '../../graph/analyze';
import { problemLines } from '../format';
import type { Io } from '../main';
import { openOrFail } from './open';

export async function runValidate(
  path: string,
  options: { json: boolean },
  io: Io,
): Promise<number> {
  const model = await openOrFail(path);
  for (const warning of model.warnings) io.err(`warning: ${warning}`);
  const { problems } = analyzeGraph(model.graph, model.context);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (options.json) {
    io.out(JSON.stringify({ errors, warnings: problems.length - errors, problems }));
  } else if (problems.length === 0) {
    io.out(`${path}: no problems found.`);
  } else {
    for (const line of problemLines(problems)) io.out(line);
    io.out(
      `${errors} ${errors === 1 ? 'error' : 'errors'}, ${problems.length - errors} ${problems.length - errors === 1 ? 'warning' : 'warnings'}.`,
    );
  }
  return errors > 0 ? 1 : 0;
}
