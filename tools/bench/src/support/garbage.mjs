import { GCProfiler } from "node:v8";

/**
 * Bytes allocated on the JS heap while `action` runs `rounds` times, per call: what the
 * collections during the run freed plus what is still held at its end.
 */
export function allocatedPerCall(action, rounds) {
  globalThis.gc?.();
  const profiler = new GCProfiler();
  const before = process.memoryUsage().heapUsed;
  profiler.start();
  for (let i = 0; i < rounds; i++) action();
  const after = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const freed = statistics.reduce(
    (sum, gc) =>
      sum + Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize),
    0,
  );
  return (freed + after - before) / rounds;
}
