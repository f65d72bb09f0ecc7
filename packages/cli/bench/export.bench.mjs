// `netaccess connections list` exporting 100,000 connections to NDJSON from the mock Graph, against the
// facade's own items() loop writing the same file; and the CLI's peak RSS at 10,000 vs 100,000 records.
// Goals: CLI records/s >= 0.9x the loop's; peak RSS at 100k within 50 MB of the peak at 10k.
// The loop runs twice: plain, and with `captureRawEnums` (keeping unknown enum values, as the CLI
// does). Every contender is its own process; wall time and CPU time are both shown, as on a shared
// machine the CPU time is the steadier of the two.
//   pnpm --filter @netaccess/cli build && node packages/cli/bench/export.bench.mjs
import { readFile } from "node:fs/promises";
import {
  fileDigest,
  fmt,
  here,
  listArgs,
  mb,
  measure,
  perSecond,
  scratchDir,
  startMockProcess,
} from "./harness.mjs";

const RECORDS = 100_000;
const SMALL = 10_000;
const verdict = (ratio) => (ratio >= 0.9 ? "met" : "NOT met");

const mock = await startMockProcess(RECORDS);
const files = await scratchDir();
try {
  const { start, end } = mock.window;
  const cli = (max, out) =>
    measure(listArgs(mock, "--top", "1000", "--max", String(max), "--format", "ndjson", "--out", out), {
      probeFile: files.path("probe.json"),
    });
  const loop = (max, out, capture = "") =>
    measure([here("./facade-export.mjs"), mock.url, start, end, String(max), out, capture], {
      probeFile: files.path("probe.json"),
    });

  // Warm-up (compile cache, the mock's encoded pages), then the measured runs.
  await cli(SMALL, files.path("warm.ndjson"));
  await loop(SMALL, files.path("warm.ndjson"));
  const loopBig = await loop(RECORDS, files.path("loop.ndjson"));
  const cliBig = await cli(RECORDS, files.path("cli.ndjson"));
  const captureBig = await loop(RECORDS, files.path("capture.ndjson"), "capture");
  const cliSmall = await cli(SMALL, files.path("cli-small.ndjson"));
  const loopSmall = await loop(SMALL, files.path("loop-small.ndjson"));
  const captureSmall = await loop(SMALL, files.path("capture-small.ndjson"), "capture");

  const digests = await Promise.all(
    ["cli", "loop", "capture"].map((name) => fileDigest(files.path(`${name}.ndjson`))),
  );
  const same = digests.every((digest) => digest === digests[0]);
  const lines = (await readFile(files.path("cli.ndjson"), "utf8")).split("\n").length - 1;

  console.log(
    `export of ${fmt(RECORDS)} connections to NDJSON (mock Graph in its own process, pages of 1000)`,
  );
  console.log(`  files identical: ${same ? "yes" : "NO"} (${fmt(lines)} lines each)`);
  console.log(
    "                                  wall  records/s   CPU  records/CPU-s  peak RSS 10k  peak RSS 100k",
  );
  const row = (name, big, small) =>
    console.log(
      `  ${name.padEnd(28)}${`${(big.ms / 1000).toFixed(1)} s`.padStart(8)}${fmt(perSecond(RECORDS, big.ms)).padStart(11)}` +
        `${`${(big.cpuMs / 1000).toFixed(1)} s`.padStart(7)}${fmt(perSecond(RECORDS, big.cpuMs)).padStart(15)}` +
        `${mb(small.rss).padStart(14)}${mb(big.rss).padStart(15)}`,
    );
  row("netaccess (CLI)", cliBig, cliSmall);
  row("items() loop", loopBig, loopSmall);
  row("items() loop + raw enums", captureBig, captureSmall);
  const ratio = (other) =>
    `${(other.ms / cliBig.ms).toFixed(2)}x wall, ${(other.cpuMs / cliBig.cpuMs).toFixed(2)}x CPU`;
  for (const [name, other] of [
    ["items() loop", loopBig],
    ["items() loop + raw enums", captureBig],
  ]) {
    console.log(
      `  CLI / ${name} records/s: ${ratio(other)} (goal >= 0.90x: ${verdict(other.ms / cliBig.ms)} by wall time, ` +
        `${verdict(other.cpuMs / cliBig.cpuMs)} by CPU time)`,
    );
  }
  const growth = cliBig.rss - cliSmall.rss;
  console.log(
    `  CLI peak RSS 100k - 10k: ${mb(growth)} (goal <= 50 MB) ${growth <= 50 * 1024 * 1024 ? "met" : "NOT met"}`,
  );
  if (!same || lines !== RECORDS) process.exitCode = 1;
} finally {
  await files.remove();
  await mock.close();
}
