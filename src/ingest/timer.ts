import { performance } from 'node:perf_hooks';

/** Wall-clock milliseconds spent in each named stage, summed over documents. */
export class Timer {
  readonly totals = new Map<string, number>();

  time<T>(stage: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.totals.set(stage, (this.totals.get(stage) ?? 0) + performance.now() - start);
    }
  }
}
