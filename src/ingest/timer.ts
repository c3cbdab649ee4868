import { performance } from 'node:perf_hooks';

/** A document is slow once it has taken this long; it is said again each time as long again passes. */
const SLOW_MS = 5000;

/**
 * Wall-clock milliseconds spent in each named stage, summed over documents;
 * and, given a reporter, a line at the start of a stage for a document that
 * has taken over five seconds so far (a long plan says it is still going).
 */
export class Timer {
  readonly totals = new Map<string, number>();
  private current: { label: string; since: number; said: number } | null = null;
  private readonly slow: ((line: string) => void) | undefined;

  constructor(slow?: (line: string) => void) {
    this.slow = slow;
  }

  /** The document worked on from now. */
  begin(label: string): void {
    this.current = { label, since: performance.now(), said: 0 };
  }

  time<T>(stage: string, work: () => T): T {
    const start = performance.now();
    if (this.slow && this.current) {
      const elapsed = start - this.current.since;
      if (elapsed - this.current.said >= SLOW_MS) {
        this.current.said = elapsed;
        this.slow(`${this.current.label}: ${Math.round(elapsed / 1000)} s so far, now ${stage}`);
      }
    }
    try {
      return work();
    } finally {
      this.totals.set(stage, (this.totals.get(stage) ?? 0) + performance.now() - start);
    }
  }
}
