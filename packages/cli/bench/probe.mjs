// Loaded with `node --import` into a measured process: when it exits, writes its peak RSS (bytes)
// and CPU time (ms) as JSON to the file named by NETACCESS_BENCH_PROBE_FILE. The program measured
// is not touched.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.NETACCESS_BENCH_PROBE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(
    file,
    JSON.stringify({ rss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }),
  );
});
