/*
 * Time, injected: the editor's timing rules (the send throttle, reconnection backoff, undo grouping)
 * take a Clock so that tests drive them with a fake one and never sleep.
 */

/** The subset of the browser's timers the editor uses. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Delivers values at most once every `intervalMs`: a value offered when the previous delivery is
 * at least that long ago goes at once, otherwise it waits for the end of the interval. A value
 * offered while another waits replaces it (only the latest matters: the latest selection; the OT
 * client never has more than one batch to send, as it makes the next one only on the ack).
 */
export class Throttle<T> {
  private lastDelivery = Number.NEGATIVE_INFINITY;
  private waiting: { value: T } | null = null;
  private timer: unknown = null;

  constructor(private readonly intervalMs: number, private readonly clock: Clock,
              private readonly deliver: (value: T) => void) {}

  /** True while a value waits for the end of the interval. */
  get hasWaiting(): boolean {
    return this.waiting !== null;
  }

  offer(value: T): void {
    const due = this.lastDelivery + this.intervalMs;
    const now = this.clock.now();
    if (this.waiting === null && now >= due) {
      this.lastDelivery = now;
      this.deliver(value);
      return;
    }
    this.waiting = { value };
    if (this.timer === null) {
      this.timer = this.clock.setTimeout(() => this.flush(), Math.max(0, due - now));
    }
  }

  /** Drops the waiting value, if any (the connection was lost: the resend will carry it). */
  cancel(): void {
    this.waiting = null;
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private flush(): void {
    this.timer = null;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting !== null) {
      this.lastDelivery = this.clock.now();
      this.deliver(waiting.value);
    }
  }
}

/** Reconnection delays: doubling from `initialMs` up to `maxMs`, back to the start after a success. */
export class Backoff {
  private attempt = 0;

  constructor(private readonly initialMs = 250, private readonly maxMs = 5000) {}

  /** The delay before the next attempt; each call doubles the following one. */
  next(): number {
    const delay = Math.min(this.maxMs, this.initialMs * 2 ** Math.min(this.attempt, 30));
    this.attempt++;
    return delay;
  }

  /** The connection works again: the next failure waits `initialMs`. */
  reset(): void {
    this.attempt = 0;
  }
}
