import { analyzeGraph } from '../../graph/analyze';
import { summarize } from '../../graph/summary';
import { summaryTable } from '../format';
import type { Io } from '../main';
import { openOrFail } from './open';

export async function runSummary(
  path: string,
  options: { json: boolean },
  io: Io,
): Promise<number> {
  const model = await openOrFail(path);
  for (const warning of model.warnings) io.err(`warning: ${warning}`);
  const analysis = analyzeGraph(model.graph, model.context);
  const summary = summarize(model.graph, analysis);
  if (options.json) {
    io.out(JSON.stringify(summary));
    return 0;
  }
  io.out(summaryTable(model.name, summary));
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    io.out(
      `${errors} ${errors === 1 ? 'error' : 'errors'} leave some shapes unknown (?): run 'neurocanvas validate ${path}'.`,
    );
  }
  return 0;
}
