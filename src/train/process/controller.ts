/**
 * The trainer's side of the protocol: checks every message from the host, runs one training run at
 * a time, and passes control messages to it. It never throws at the host: anything wrong, from a
 * malformed message to a backend that will not load, becomes an `error` message.
 *
 * How a run ends, as the host sees it: with `done`, or with an `error` for the run that comes before
 * `started` (the backend, the dataset or the model could not be prepared). Once a run has started,
 * a `done` always follows, even when the run fails, so the host never waits in vain. From that
 * message on the run counts as ended: a new run may start at once (it waits for the old one to
 * release its tensors), and only the ended run's weights can still be asked for.
 */
import type { Dataset } from '../../data';
import {
  PROTOCOL_VERSION,
  parseHostMessage,
  type Backend,
  type BackendRequest,
  type HostMessage,
  type HostMessageOf,
  type Scores,
  type TrainerMessage,
  type TrainerMessageOf,
} from '../../protocol';
import type { CreateSession, TrainingSession } from '../engine/session';
import { saidError } from '../engine/said';
import { describeThrown, errorMessage } from './errorMessage';

/** The backend a run trains on, and why; the code, values and parts word it for the page. */
export interface ChosenBackend {
  name: Backend;
  reason: string;
  code?: string;
  values?: Record<string, string | number>;
  parts?: { code: string; values: Record<string, string | number> }[];
}

type ReadySaid = Pick<TrainerMessageOf<'ready'>, 'code' | 'values' | 'parts'>;

function readySaid(chosen: ChosenBackend): ReadySaid {
  return {
    ...(chosen.code ? { code: chosen.code, values: chosen.values ?? {} } : {}),
    ...(chosen.parts ? { parts: chosen.parts } : {}),
  };
}

/** What the controller needs from the rest of the trainer; tests may run it in-process. */
export interface TrainerServices {
  selectBackend(request: BackendRequest): Promise<ChosenBackend>;
  loadDataset(ref: HostMessageOf<'start'>['dataset']): Promise<Dataset>;
  createSession: CreateSession;
}

type Control = Exclude<HostMessage, { type: 'start' | 'shutdown' }>;

interface Run {
  runId: string;
  /** Null while the backend, the dataset and the model are being prepared. */
  session: TrainingSession | null;
  /** Control messages that came during preparation, replayed in order once the session exists. */
  queued: Control[];
  stopRequested: boolean;
  /** What was sent for the run, to keep the promise that a started run ends with `done`. */
  started: boolean;
  error: boolean;
  /** The run's ending message has been sent. */
  over: boolean;
  epochs: number;
  train: Scores | null;
  validation: Scores | null;
  /** Settles once the session has finished and released everything. */
  finished: Promise<void>;
}

export class TrainerController {
  /** The current run and, once a new one starts, none other: older runs are forgotten. */
  private current: Run | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly send: (message: TrainerMessage) => void,
    private readonly services: TrainerServices,
    /** Called once after `shutdown`, when no run is left going. */
    private readonly onClosed: () => void = () => undefined,
  ) {}

  /** The run going now, if any. */
  get runId(): string | null {
    return this.current && !this.current.over ? this.current.runId : null;
  }

  /** Handles one message as it arrived from the host, valid or not. */
  receive(data: unknown): void {
    const parsed = parseHostMessage(data);
    if (!parsed.ok) {
      const raw =
        data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
      this.send(
        errorMessage({ message: parsed.error, runId: raw.runId, requestId: raw.requestId }),
      );
      return;
    }
    const message = parsed.message;
    if (message.type === 'start') this.start(message);
    else if (message.type === 'shutdown') void this.shutdown();
    else this.control(message);
  }

  /** Stops any run, waits for it to end, then reports closed. Safe to call more than once. */
  shutdown(): Promise<void> {
    this.closing ??= (async () => {
      const run = this.current;
      if (run) {
        run.stopRequested = true;
        run.session?.stop();
        await run.finished;
      }
      this.onClosed();
    })();
    return this.closing;
  }

  private start(message: HostMessageOf<'start'>): void {
    const { runId } = message;
    if (this.closing) {
      this.send(errorMessage({ runId, ...saidError('shutting-down') }));
      return;
    }
    const previous = this.current;
    if (previous && !previous.over) {
      this.send(errorMessage({ runId, ...saidError('busy', { run: previous.runId }) }));
      return;
    }
    const run: Run = {
      runId,
      session: null,
      queued: [],
      stopRequested: false,
      started: false,
      error: false,
      over: false,
      epochs: 0,
      train: null,
      validation: null,
      finished: Promise.resolve(),
    };
    this.current = run;
    run.finished = (previous?.finished ?? Promise.resolve()).then(() => this.execute(run, message));
  }

  /** Sends a message of `run`, noting what the host has been told about it. */
  private report(run: Run, message: TrainerMessage): void {
    switch (message.type) {
      case 'started':
        run.started = true;
        break;
      case 'epoch':
        run.epochs = message.epoch;
        run.train = message.train;
        run.validation = message.validation;
        break;
      case 'error':
        run.error = true;
        if (!run.started) run.over = true;
        break;
      case 'done':
        run.over = true;
        break;
    }
    this.send(message);
  }

  private async execute(run: Run, start: HostMessageOf<'start'>): Promise<void> {
    const { runId } = start;
    const fail = (thrown: unknown) =>
      this.report(run, errorMessage({ runId, message: describeThrown(thrown) }));

    let backend: { name: Backend; reason: string };
    let said: ReadySaid;
    try {
      const selected = await this.services.selectBackend(start.backend);
      backend = { name: selected.name, reason: selected.reason };
      said = readySaid(selected);
    } catch (thrown) {
      return fail(thrown);
    }
    this.report(run, {
      v: PROTOCOL_VERSION,
      type: 'ready',
      runId,
      backend: backend.name,
      reason: backend.reason,
      ...said,
    });

    let dataset: Dataset;
    try {
      dataset = await this.services.loadDataset(start.dataset);
    } catch (thrown) {
      return fail(thrown);
    }

    let session: TrainingSession;
    try {
      session = await this.services.createSession(
        {
          runId,
          graph: start.graph,
          ...(start.weights ? { weights: start.weights } : {}),
          dataset,
          training: start.training,
          streams: start.streams,
          backend,
        },
        (message) => this.report(run, message),
      );
    } catch (thrown) {
      if (!run.error) fail(thrown);
      return this.finish(run, backend.name);
    }
    run.session = session;
    for (const message of run.queued) this.apply(session, message);
    run.queued = [];

    if (run.stopRequested) {
      // Stopped before the first batch: nothing trained, the fresh weights stay available (as
      // arrays: the model itself is freed, since this session never runs).
      session.discard();
      this.report(run, { v: PROTOCOL_VERSION, type: 'stopped', runId, reason: 'user' });
    } else {
      try {
        const outcome = await session.run();
        if (outcome.kind === 'error' && !run.error) fail(outcome.message);
      } catch (thrown) {
        // The contract says run() never rejects; should it all the same, the host still hears of it.
        if (!run.error) fail(thrown);
      }
    }
    this.finish(run, backend.name);
  }

  /** Keeps the promise that a run which started (or was stopped) ends with `done`. */
  private finish(run: Run, backend: Backend): void {
    if (run.over) return;
    this.report(run, {
      v: PROTOCOL_VERSION,
      type: 'done',
      runId: run.runId,
      backend,
      epochs: run.epochs,
      train: run.train,
      validation: run.validation,
      test: null,
    });
  }

  private control(message: Control): void {
    const run = this.current?.runId === message.runId ? this.current : null;
    if (run && !run.over) {
      if (run.session) this.apply(run.session, message);
      else if (message.type === 'stop') run.stopRequested = true;
      else run.queued.push(message);
      return;
    }
    if (run?.session && message.type === 'getWeights') return this.apply(run.session, message);
    // A stop that crossed the run's end on the way is already satisfied.
    if (run && message.type === 'stop') return;
    this.send(
      errorMessage({
        runId: message.runId,
        ...(message.type === 'getWeights' ? { requestId: message.requestId } : {}),
        message: run
          ? `Run "${message.runId}" has ended; only its weights can still be asked for.`
          : `There is no run "${message.runId}" in this trainer.`,
      }),
    );
  }

  private apply(session: TrainingSession, message: Control): void {
    try {
      switch (message.type) {
        case 'pause':
          return session.pause();
        case 'resume':
          return session.resume();
        case 'stop':
          return session.stop();
        case 'step':
          return session.step();
        case 'setLearningRate':
          return session.setLearningRate(message.learningRate);
        case 'setProbe':
          return session.setProbe(message.probeIndex);
        case 'getWeights':
          return this.send({
            v: PROTOCOL_VERSION,
            type: 'weights',
            runId: message.runId,
            requestId: message.requestId,
            weights: session.weights(),
          });
      }
    } catch (thrown) {
      this.send(
        errorMessage({
          runId: message.runId,
          ...(message.type === 'getWeights' ? { requestId: message.requestId } : {}),
          message: describeThrown(thrown),
        }),
      );
    }
  }
}
