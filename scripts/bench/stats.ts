/** Summaries of repeated timings: the bench reports medians with their spread. */

export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? a;
  return a + (b - a) * (position - low);
}

/** Median, quartiles, p95 and range of `samples`. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** How long to keep repeating a measurement. */
export interface RepeatOptions {
  readonly minRuns: number;
  readonly maxRuns: number;
  /** Stop after this much total time once `minRuns` are done. */
  readonly budgetMs: number;
}

/** Wall-clock and CPU time of the same runs. */
export interface Timing {
  readonly wall: Summary;
  /** This process's CPU time (user + system): what the work costs, whatever the machine load. */
  readonly cpu: Summary;
}

/** CPU time of this process in ms (Node's process.cpuUsage, microsecond resolution). */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Times one call: wall-clock and CPU ms. */
export function timeOnce(run: () => unknown): { wall: number; cpu: number } {
  const cpu = cpuNow();
  const wall = performance.now();
  run();
  return { wall: performance.now() - wall, cpu: cpuNow() - cpu };
}

/**
 * Times each function in turn (interleaved, so that all see the same machine load) until
 * the options say stop; one untimed warm-up call each first.
 */
export function timeInterleaved(
  functions: readonly (() => unknown)[],
  options: RepeatOptions,
): Timing[] {
  for (const run of functions) run();
  const walls = functions.map(() => [] as number[]);
  const cpus = functions.map(() => [] as number[]);
  const started = performance.now();
  for (let round = 0; round < options.maxRuns; round++) {
    functions.forEach((run, index) => {
      const { wall, cpu } = timeOnce(run);
      walls[index]!.push(wall);
      cpus[index]!.push(cpu);
    });
    const spent = performance.now() - started;
    if (round + 1 >= options.minRuns && spent >= options.budgetMs) break;
  }
  return walls.map((wall, index) => ({ wall: summarize(wall), cpu: summarize(cpus[index]!) }));
}
