// Small measuring helpers shared by the benchmarks.

/** Median of a list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Mean milliseconds per call of `action` over `rounds` calls: wall time, and this process's CPU
 * time (user + system, GC threads included), which other work on a shared machine disturbs less.
 */
export function timePerCall(action, rounds) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < rounds; i++) action();
  const wall = (performance.now() - started) / rounds;
  const { user, system } = process.cpuUsage(cpuBefore);
  return { wall, cpu: (user + system) / 1000 / rounds };
}

/** `n` formatted with `digits` decimals and thousands separators. */
export const fixed = (n, digits = 1) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : String(n);

export const mebibytes = (bytes) => `${fixed(bytes / 1024 / 1024, 1)} MiB`;
export const megabytes = (bytes) => `${fixed(bytes / 1e6, 2)} MB`;

/** "met" or "missed" with the measured value and the goal side by side. */
export const verdict = (measured, goal) => (measured <= goal ? "met" : "MISSED");

/** Prints rows as an aligned text table; the first row is the header. */
export function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const [index, row] of rows.entries()) {
    console.log(
      `  ${row
        .map((cell, column) => String(cell).padEnd(widths[column]))
        .join("  ")
        .trimEnd()}`,
    );
    if (index === 0) console.log(`  ${widths.map((width) => "-".repeat(width)).join("  ")}`);
  }
}
