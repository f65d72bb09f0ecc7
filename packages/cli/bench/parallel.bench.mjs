// `netaccess connections list --parallel 4` against sequential, the mock Graph answering every
// request after 50 ms. Goal: at least 3x the sequential records/s, with the same output.
//   pnpm --filter @netaccess/cli build && node packages/cli/bench/parallel.bench.mjs
import { fileDigest, fmt, listArgs, measure, perSecond, scratchDir, startMockProcess } from "./harness.mjs";

// Pages of 50 narrow records (four properties) keep each request's CPU, in the client and in the mock,
// well below the latency, as with Graph, where a page takes far longer to arrive than to parse: the
// run measures how well the sub-windows overlap their waiting, not how fast one core parses.
const RECORDS = 6_000;
const PAGE = 50;
const SELECT = "id,createdDateTime,userPrincipalName,status";
const LATENCY_MS = 50;

const mock = await startMockProcess(RECORDS, { latencyMs: LATENCY_MS, workers: 4 });
const files = await scratchDir();
try {
  const run = (parallel, out) =>
    measure(
      listArgs(
        mock,
        "--top",
        String(PAGE),
        "--select",
        SELECT,
        "--parallel",
        String(parallel),
        "--format",
        "ndjson",
        "--out",
        out,
      ),
      {
        probeFile: files.path("probe.json"),
      },
    );
  await run(4, files.path("warm.ndjson"));
  const sequential = await run(1, files.path("sequential.ndjson"));
  const parallel = await run(4, files.path("parallel.ndjson"));
  const same =
    (await fileDigest(files.path("sequential.ndjson"))) === (await fileDigest(files.path("parallel.ndjson")));
  const ratio = sequential.ms / parallel.ms;

  console.log(
    `${fmt(RECORDS)} connections (--select ${SELECT}), pages of ${PAGE} (${RECORDS / PAGE} pages), ` +
      `${LATENCY_MS} ms per request, mock with 4 workers`,
  );
  console.log(`  outputs identical: ${same ? "yes" : "NO"}`);
  console.log("                 wall   records/s");
  for (const [name, result] of [
    ["sequential", sequential],
    ["--parallel 4", parallel],
  ]) {
    console.log(
      `  ${name.padEnd(13)}${`${(result.ms / 1000).toFixed(2)} s`.padStart(7)}${fmt(perSecond(RECORDS, result.ms)).padStart(12)}`,
    );
  }
  console.log(
    `  --parallel 4 / sequential: ${ratio.toFixed(2)}x (goal >= 3x) ${ratio >= 3 ? "met" : "NOT met"}`,
  );
  if (!same) process.exitCode = 1;
} finally {
  await files.remove();
  await mock.close();
}
