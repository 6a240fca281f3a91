/**
 * The run's controls: pause, resume, step and stop. The batch loop asks `beforeBatch()` before
 * every batch, which first lets pending host messages arrive; so a pause or stop takes effect after
 * the batch in progress, never in the middle of one.
 *
 * While paused, each `step()` lets exactly one batch through and the run stays paused.
 */
import { yieldToEvents } from './yieldToEvents';

export type Gate = 'train' | 'stop';

export interface ControlEvents {
  paused(): void;
  resumed(): void;
}

export class RunControl {
  private pauseWanted = false;
  private stopWanted = false;
  private isPaused = false;
  private steps = 0;
  private wake: (() => void) | null = null;
  private stepping = false;
  /** Milliseconds spent paused, so throughput and ETA leave them out. */
  pausedMs = 0;

  constructor(
    private readonly events: ControlEvents,
    private readonly now: () => number,
  ) {}

  get paused(): boolean {
    return this.isPaused;
  }

  get stopping(): boolean {
    return this.stopWanted;
  }

  /** Whether the batch `beforeBatch()` last let through is a step taken while paused. */
  get isStep(): boolean {
    return this.stepping;
  }

  pause(): void {
    this.pauseWanted = true;
  }

  resume(): void {
    this.pauseWanted = false;
    this.steps = 0;
    this.notify();
  }

  stop(): void {
    this.stopWanted = true;
    this.notify();
  }

  /** Counts only while the run is paused (or about to pause). */
  step(): void {
    if (!this.pauseWanted) return;
    this.steps += 1;
    this.notify();
  }

  /** Waits until the next batch may train, or says the run must stop. */
  async beforeBatch(): Promise<Gate> {
    await yieldToEvents();
    this.stepping = false;
    for (;;) {
      if (this.stopWanted) return 'stop';
      if (!this.pauseWanted) {
        if (this.isPaused) {
          this.isPaused = false;
          this.events.resumed();
        }
        return 'train';
      }
      if (!this.isPaused) {
        this.isPaused = true;
        this.events.paused();
      }
      if (this.steps > 0) {
        this.steps -= 1;
        this.stepping = true;
        return 'train';
      }
      const since = this.now();
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.pausedMs += this.now() - since;
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
