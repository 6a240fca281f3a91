/**
 * Serves the host over this process's channel: every message goes to a `TrainerController`, every
 * answer goes back. An error that escapes everything is reported as an `error` message and ends the
 * process with exit code 1, which the host reports in turn; the host itself stays up.
 */
import type { TrainerMessage } from '../../protocol';
import { hostChannel } from './channel';
import { TrainerController, type TrainerServices } from './controller';
import { saidError } from '../engine/said';
import { describeThrown, errorMessage } from './errorMessage';

/** How long last messages may take to leave before the process ends anyway. */
const FLUSH_TIMEOUT_MS = 2_000;

export function serveHost(services: TrainerServices): void {
  const channel = hostChannel();
  if (!channel) {
    process.stderr.write(
      'The NeuroCanvas trainer is started by the app or the neurocanvas command, not by hand.\n',
    );
    process.exitCode = 2;
    return;
  }
  const pending = new Set<Promise<void>>();
  const send = (message: TrainerMessage) => {
    const sent = channel.send(message).finally(() => pending.delete(sent));
    pending.add(sent);
  };
  const exit = async (code: number) => {
    const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS).unref());
    await Promise.race([Promise.all(pending), timeout]);
    process.exit(code);
  };

  const controller = new TrainerController(send, services, () => void exit(0));

  let failing = false;
  const fatal = (thrown: unknown) => {
    if (failing) return;
    failing = true;
    send(
      errorMessage({
        runId: controller.runId ?? undefined,
        ...saidError('trainer-failed', { detail: describeThrown(thrown) }),
      }),
    );
    void exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // Ctrl+C in a terminal reaches the whole process group; the host decides when a run stops.
  process.on('SIGINT', () => undefined);

  channel.onMessage((data) => controller.receive(data));
  // Nobody is left to report to: stop the run and end, rather than train on as an orphan.
  channel.onDisconnect(() => void controller.shutdown());
}
