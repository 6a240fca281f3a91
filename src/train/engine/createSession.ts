/**
 * `createTrainingSession`: checks everything that can be checked before training (settings, the
 * model against the dataset, early stopping, the probe), builds the model with weights seeded from
 * the run's seed (or the weights given), and hands back a session ready to `run()`.
 *
 * A run that cannot start is refused with one `error` message that says why and what to do; its
 * session's `run()` then resolves at once with that error. Nothing is thrown.
 */
import { analyzeGraph } from '../../graph/analyze';
import { compileGraph } from '../../compiler/compile';
import { seedRecurrentDropout } from './recurrentDropout';
import { loadTf } from '../../compiler/tf';
import { graphToKeras } from '../../compiler/toKeras';
import { PROTOCOL_VERSION, type TrainerMessage } from '../../protocol';
import type { NodeWeights } from '../../project/weights';
import { ganOf, prepareGan } from '../gan/createGanSession';
import { boundaryRanges, BoundaryView, hasBoundary } from './boundary';
import { runProblem, settingsProblem, shapeProblem, type Refusal } from './checks';
import { prepareRunData } from './data';
import { LiveViews } from './liveViews';
import { modelLayers } from './modelLayers';
import { buildObjective } from './objective';
import { PredictionSample } from './predictions';
import { Probe } from './probe';
import { RunStream } from './runStream';
import { saidError } from './said';
import type { CreateSession, RunOutcome, SessionInput, TrainingSession } from './session';
import { TrainingRun } from './trainingRun';

const now = () => performance.now();

export const createTrainingSession: CreateSession = async (input, emit) => {
  try {
    const prepared = await prepare(input, emit);
    if ('message' in prepared) return refuse(input, emit, prepared);
    return prepared;
  } catch (error) {
    return refuse(
      input,
      emit,
      saidError('prepare-failed', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
  }
};

async function prepare(
  input: SessionInput,
  emit: (message: TrainerMessage) => void,
): Promise<TrainingSession | Refusal> {
  const { dataset, training, streams } = input;
  const invalid = settingsProblem(training);
  if (invalid) return invalid;
  // A generator and a discriminator on one canvas train adversarially (src/train/gan).
  const gan = ganOf(input);
  if (gan) return 'message' in gan ? gan : prepareGan(input, gan, emit);

  const analysis = analyzeGraph(input.graph);
  const keras = graphToKeras(input.graph, analysis);
  if (!keras.ok) {
    const problem = keras.problems[0]!.message;
    const more = keras.problems.length - 1;
    return more > 0
      ? saidError('model-invalid-more', { problem, more })
      : saidError('model-invalid', { problem });
  }
  const { inputs, outputs } = keras.topology;
  const mismatch = shapeProblem(inputs, outputs, dataset);
  if (mismatch) return mismatch;

  const output = outputs[0]!;
  const targetShape = output.shape.map(Number);
  const data = prepareRunData(dataset, training, targetShape);
  const classification = dataset.task === 'classification';
  const classCount = classification ? dataset.targetShape.reduce((p, d) => p * d, 1) : 0;
  const tf = await loadTf();
  const units = targetShape.reduce((p, d) => p * d, 1);
  const objective = buildObjective(tf, output.loss, output.metrics, classification, units);
  const problem = runProblem(
    training,
    streams,
    dataset,
    data.validation?.indices.length ?? 0,
    objective.metrics.map((m) => m.key),
  );
  if (problem) return problem;

  const { model, topology } = await compileGraph(input.graph, {
    analysis,
    seed: training.seed,
    ...(input.weights ? { weights: input.weights } : {}),
  });
  seedRecurrentDropout(tf, model, training.seed);
  const layers = modelLayers(model, topology, input.graph);
  const variables = layers.flatMap((l) => l.variables);
  if (variables.length === 0) {
    model.dispose();
    return saidError('no-weights');
  }
  const [xRange, yRange] = boundaryRanges(dataset);
  const stream = new RunStream(input.runId, emit, now, streams.activationIntervalMs);
  const probe = new Probe(tf, model, layers, dataset.inputShape);
  const boundary = hasBoundary(dataset, units) ? new BoundaryView(tf, model, xRange, yRange) : null;
  return new TrainingRun({
    tf,
    input,
    model,
    topology,
    step: { tf, model, objective, layers, variables },
    data,
    stream,
    probe,
    views: new LiveViews(streams, stream, probe, data.trainRows, boundary, now),
    predictions: streams.predictions && classCount > 0 ? new PredictionSample(data) : null,
    classCount,
    now,
  });
}

/** Reports why the run cannot start, and gives back a session that only says so. */
function refuse(
  input: SessionInput,
  emit: (message: TrainerMessage) => void,
  refusal: Refusal,
): TrainingSession {
  emit({
    v: PROTOCOL_VERSION,
    type: 'error',
    runId: input.runId,
    message: refusal.message,
    ...(refusal.suggestion ? { suggestion: refusal.suggestion } : {}),
    ...(refusal.code ? { code: refusal.code, values: refusal.values ?? {} } : {}),
  });
  const outcome: RunOutcome = { kind: 'error', message: refusal.message };
  const kept: NodeWeights = input.weights ?? {};
  return {
    run: () => Promise.resolve(outcome),
    pause: () => undefined,
    resume: () => undefined,
    stop: () => undefined,
    step: () => undefined,
    setLearningRate: () => undefined,
    setProbe: () => undefined,
    weights: () => structuredClone(kept),
    discard: () => undefined,
  };
}
