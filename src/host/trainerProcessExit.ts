/**
 * Why the trainer process ended, in words a user can act on. Pure, so every way of dying can be
 * described and tested without killing anything.
 *
 * Running out of JavaScript heap is recognised by what V8 prints before it aborts ("Reached heap
 * limit … JavaScript heap out of memory"): the process then ends with SIGABRT, which alone would
 * not tell an allocation failure from any other abort.
 */
import { translate } from '../i18n';
import type { ErrorCode } from '../train/engine/said';

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
  /** `message` by code (`training.error.<code>`) and values; set when something went wrong. */
  said?: ExitSaid;
}

export interface ExitSaid {
  code: ExitCode;
  values: Record<string, string | number>;
}

type ExitCode = Extract<ErrorCode, `exit-${string}`>;

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
  const said = crashSaid(facts, outOfMemory);
  return { ...exit, message: translate('en', `training.error.${said.code}`, said.values), said };
}

/** Why the trainer ended, by code and values: the page words it in the user's language. */
function crashSaid(facts: ExitFacts, outOfMemory: boolean): ExitSaid {
  if (facts.spawnError !== undefined) {
    return { code: 'exit-spawn', values: { detail: facts.spawnError } };
  }
  if (outOfMemory) {
    return facts.maxOldSpaceMb === null
      ? { code: 'exit-memory', values: {} }
      : { code: 'exit-memory-limit', values: { limit: facts.maxOldSpaceMb } };
  }
  if (facts.signal !== null) {
    const code = facts.signal === 'SIGKILL' ? 'exit-killed' : 'exit-signal';
    return { code, values: { signal: facts.signal } };
  }
  const detail = facts.lastError;
  if (facts.code === 0) {
    return detail
      ? { code: 'exit-unexpected-said', values: { detail } }
      : { code: 'exit-unexpected', values: {} };
  }
  const exitCode = String(facts.code);
  return detail
    ? { code: 'exit-code-said', values: { exitCode, detail } }
    : { code: 'exit-code', values: { exitCode } };
}
