/** The model's totals and memory estimate, for the status bar and the summary panel. */
import { useMemo } from 'react';
import { useAnalysis } from '../stores/analysis';
import { useDocument } from '../stores/documentStore';
import { estimateMemory } from './memory';

export function useModelFigures() {
  const graph = useDocument((s) => s.project.graph);
  const training = useDocument((s) => s.project.training);
  const analysis = useAnalysis();
  const memory = useMemo(
    () => estimateMemory(graph, analysis, training),
    [graph, analysis, training],
  );
  return { analysis, memory, batchSize: training.batchSize };
}
