/**
 * Training from the page: starts, pauses, steps and stops runs through the host's client, feeds
 * what the trainer says into the training store, and, when a run ends, keeps its weights in the
 * document so that saving keeps them and the next run trains further from them.
 */
import type { Graph } from '../../../src/graph/types';
import { addRun, type DatasetRef, type Project } from '../../../src/project';
import { PROTOCOL_VERSION as v, type HostMessage } from '../../../src/protocol';
import type { HostClient } from '../../../src/protocol/rendererClient';
import { downloadNeeded, type DownloadStatusStore } from '../data/downloadStatus';
import { liveClient, type HostStore } from '../host/hostStore';
import { currentT, localeStore } from '../i18n';
import { analysisOf } from '../stores/analysis';
import type { DocumentStore } from '../stores/documentStore';
import { isActive } from '../stores/trainingReducer';
import { datasetKey, probeFor, type ProbeStore } from '../stores/trainingProbe';
import type { TrainingStore } from '../stores/trainingStore';
import type { UiStore } from '../stores/uiStore';
import { runRecord } from './history/runRecord';
import { chartMetric, startMessage, startRefusal } from './runRequest';

export interface TrainingDeps {
  doc: DocumentStore;
  training: TrainingStore;
  host: HostStore;
  ui: UiStore;
  probe: ProbeStore;
  /** What the host said about downloadable datasets; without it, none is refused for that. */
  downloads?: DownloadStatusStore;
}

export class TrainingController {
  private serial = 0;
  /** The graph the current run trains, to tell whether its weights still fit the document. */
  private trainedGraph: Graph | null = null;
  /** The project as the current run started, for its record in the run history. */
  private startedProject: Project | null = null;
  /** Which document the current run started in (see `DocumentState.loads`). */
  private startedIn = 0;

  constructor(private readonly deps: TrainingDeps) {}

  /** Follows what `client`'s trainer says. Returns a function that stops following. */
  attach(client: HostClient): () => void {
    const offs = [
      client.onTrainerMessage((message) => {
        this.deps.training.getState().receive(message);
        if (message.type === 'done' && message.runId === this.deps.training.getState().runId) {
          this.keepRun();
          this.keepWeights();
        }
      }),
      client.onTrainerExit((exit) => this.deps.training.getState().trainerExited(exit)),
      client.onProblem((problem) => this.deps.ui.getState().announce(problem, 'error')),
    ];
    return () => offs.forEach((off) => off());
  }

  /** Starts a run of the document's project; false (with the reason shown) if it cannot. */
  start(): boolean {
    const { doc, training, host } = this.deps;
    if (isActive(training.getState().status)) return false;
    const project = doc.getState().project;
    const client = liveClient(host);
    const t = currentT();
    const refusal = client
      ? (startRefusal(project, analysisOf(project), t, localeStore.getState().locale) ??
        this.downloadRefusal(project))
      : t('training.refusal.notConnected');
    training.getState().refuse(refusal);
    if (refusal || !client) return false;

    const runId = `run-${Date.now().toString(36)}-${++this.serial}`;
    training.getState().begin(runId, {
      metric: chartMetric(project),
      learningRate: project.training.learningRate,
      datasetId: project.dataset!.id,
    });
    this.trainedGraph = project.graph;
    this.startedProject = project;
    this.startedIn = doc.getState().loads;
    const probe = probeFor(this.deps.probe.getState(), project.dataset);
    client
      .request({ type: 'trainer', message: startMessage(runId, project, probe) })
      .catch((e: unknown) => training.getState().runFailed(runId, describe(e)));
    return true;
  }

  /** A run never downloads by itself: the user downloads with progress shown, then trains. */
  private downloadRefusal(project: Project): string | null {
    const known = this.deps.downloads?.getState().known;
    const why = known ? downloadNeeded(project.dataset, known) : null;
    return why ? currentT()('training.refusal.download', { why }) : null;
  }

  pause(): void {
    this.control((runId) => ({ v, type: 'pause', runId }));
  }

  resume(): void {
    this.control((runId) => ({ v, type: 'resume', runId }));
  }

  /** Trains one batch of a paused run, which then pauses again. */
  step(): void {
    this.control((runId) => ({ v, type: 'step', runId }));
  }

  stop(): void {
    if (!isActive(this.deps.training.getState().status)) return;
    this.deps.training.getState().stopRequested();
    this.control((runId) => ({ v, type: 'stop', runId }));
  }

  /** Changes the rate of the run under way from its next batch; nothing when none is. */
  setLearningRate(learningRate: number): void {
    if (!isActive(this.deps.training.getState().status)) return;
    this.deps.training.getState().learningRateSet(learningRate);
    this.control((runId) => ({ v, type: 'setLearningRate', runId, learningRate }));
  }

  /**
   * Makes training example `index` of `dataset` the probe: the next run starts with it, and a run
   * under way on the same data shows it from its next batch (at once, when paused).
   */
  chooseProbe(dataset: DatasetRef, index: number): void {
    this.deps.probe.getState().choose(dataset, index);
    const running = this.startedProject?.dataset;
    if (running && datasetKey(running) === datasetKey(dataset))
      this.control((runId) => ({ v, type: 'setProbe', runId, probeIndex: index }));
  }

  private control(message: (runId: string) => HostMessage): void {
    const { runId, status } = this.deps.training.getState();
    const client = liveClient(this.deps.host);
    if (runId === null || !isActive(status) || !client) return;
    client
      .request({ type: 'trainer', message: message(runId) })
      .catch((e: unknown) => this.deps.ui.getState().announce(describe(e), 'error'));
  }

  /**
   * Adds the finished run to the project's history, whatever became of the model since, as long as
   * the project is still the one open.
   */
  private keepRun(): void {
    const { doc, training } = this.deps;
    const started = this.startedProject;
    // A run of a project that has since been closed belongs to none of those open.
    if (!started || doc.getState().loads !== this.startedIn) return;
    const runs = doc.getState().project.runs;
    const record = runRecord(training.getState(), started, new Date(), runs);
    if (record) doc.getState().update({ runs: addRun(runs, record) }, { record: false });
  }

  /** Puts the finished run's weights into the project, if they still fit its graph. */
  private keepWeights(): void {
    const { weights } = this.deps.training.getState();
    if (!weights) return;
    const { doc, ui } = this.deps;
    if (doc.getState().project.graph !== this.trainedGraph) {
      ui.getState().announce(currentT()('training.weights.notKept'));
      return;
    }
    doc.getState().update({ weights }, { record: false });
    ui.getState().announce(currentT()('training.weights.kept'));
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
