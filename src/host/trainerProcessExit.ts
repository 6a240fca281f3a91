/**
 * Why the trainer process ended, in words a user can act on. Pure, so every way of dying can be
 * described and tested without killing anything.
 *
 * Running out of JavaScript heap is recognised by what V8 prints before it aborts ("Reached heap
 * limit … JavaScript heap out of memory"): the process then ends with SIGABRT, which alone would
 * not tell an allocation failure from any other abort.
 */

export interface TrainerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Something went wrong: the trainer was not told to end, or it ended badly all the same. */
  crashed: boolean;
  outOfMemory: boolean;
  /**
   * What happened, for people, and what helps when something does; empty when nothing went wrong.
   * Whoever shows it may add that the next run starts a fresh trainer.
   */
  message: string;
  /** The end of what the trainer wrote to its standard error, for a bug report. */
  stderrTail: string;
}

export interface ExitFacts {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The host told the trainer to end (shutdown) or ended it (kill). */
  expected: boolean;
  stderr: string;
  /** The last error message the trainer sent, often the reason it ended. */
  lastError: string | null;
  maxOldSpaceMb: number | null;
  /** The trainer could not be started at all. */
  spawnError?: string;
}

const OUT_OF_MEMORY =
  /JavaScript heap out of memory|Reached heap limit|Allocation failed - process out of memory/;

export function describeExit(facts: ExitFacts): TrainerExit {
  const { code, signal, stderr } = facts;
  const outOfMemory = OUT_OF_MEMORY.test(stderr);
  // Told to end, the trainer exits 0 (shutdown) or dies of the SIGKILL it was sent (kill).
  const crashed =
    facts.spawnError !== undefined ||
    outOfMemory ||
    !facts.expected ||
    (code !== null && code !== 0);
  const exit = { code, signal, crashed, outOfMemory, stderrTail: stderr };
  if (!crashed) return { ...exit, message: '' };
  return { ...exit, message: crashMessage(facts, outOfMemory) };
}

function crashMessage(facts: ExitFacts, outOfMemory: boolean): string {
  if (facts.spawnError !== undefined) {
    return `The trainer could not be started: ${facts.spawnError}.`;
  }
  if (outOfMemory) {
    const limit = facts.maxOldSpaceMb === null ? '' : ` (its limit is ${facts.maxOldSpaceMb} MB)`;
    return `The trainer ran out of memory${limit}. Try a smaller batch size, a smaller model or dataset, or allow the trainer more memory.`;
  }
  if (facts.signal !== null) {
    const oomKiller =
      facts.signal === 'SIGKILL'
        ? ' (the system ends processes this way when memory runs out)'
        : '';
    return `The trainer was ended by the signal ${facts.signal}${oomKiller}.`;
  }
  const said = facts.lastError ? `: ${facts.lastError}` : '';
  if (facts.code === 0) return `The trainer ended unexpectedly${said}.`;
  return `The trainer stopped with exit code ${facts.code}${said}.`;
}
