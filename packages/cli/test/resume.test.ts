import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ndjsonRecords, resumeLine, runCli, runPrintedCommand, type CliResult } from "./support/run-cli.js";

// The last 24 hours of the embedded mock in pages of 20, slowed down so Ctrl-C lands mid-export.
const SLOW = ["connections", "list", "--mock", "--mock-latency", "40", "--top", "20"];
const FULL = ["connections", "list", "--mock", "--top", "20"];

/** Runs `args` and sends SIGINT once the first page has been written. */
function interruptedRun(args: string[], firstOutput: () => Promise<boolean>): Promise<CliResult> {
  let sent = false;
  return runCli(args, {
    onSpawn: (child) => {
      const poll = setInterval(() => {
        void firstOutput().then((ready) => {
          if (ready && !sent) {
            sent = true;
            clearInterval(poll);
            child.kill("SIGINT");
          }
        });
      }, 20);
      child.on("close", () => clearInterval(poll));
    },
  });
}

/** The interrupted run printed the hint, exited 130, and wrote part of the records. */
function expectInterrupted(result: CliResult, written: number, total: number) {
  expect(result.code).toBe(130);
  expect(result.stderr).toMatch(
    new RegExp(`^netaccess: interrupted after ${written} records; nothing after them was written\\.$`, "m"),
  );
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(total);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "netaccess-resume-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.concurrent("Ctrl-C and --resume", () => {
  it("ndjson on stdout: the resumed run writes exactly the rest", async () => {
    let stdoutSeen = "";
    const [full, first] = await Promise.all([
      runCli(FULL),
      runCli([...SLOW, "--format", "ndjson"], {
        onStdout: (chunk, child) => {
          if (stdoutSeen === "") child.kill("SIGINT");
          stdoutSeen += chunk;
        },
      }),
    ]);
    const all = ndjsonRecords(full.stdout);
    expect(all.length).toBeGreaterThan(100);
    const part = ndjsonRecords(first.stdout);
    expectInterrupted(first, part.length, all.length);

    const command = resumeLine(first.stderr);
    expect(command).toMatch(
      /^netaccess connections list --mock --mock-latency 40 --top 20 --format ndjson --resume [\w-]+$/,
    );
    const rest = await runPrintedCommand(command);
    expect(rest.code).toBe(0);
    expect(rest.stderr).toBe("");
    expect([...part, ...ndjsonRecords(rest.stdout)]).toEqual(all);
  });

  it("csv with --parallel 4: interrupted and resumed output equals one sequential export", async () => {
    let stdoutSeen = "";
    const [full, first] = await Promise.all([
      runCli([...FULL, "--format", "csv"]),
      runCli([...SLOW, "--parallel", "4", "--format", "csv"], {
        onStdout: (chunk, child) => {
          // The header arrives with the first page; wait for a few records.
          stdoutSeen += chunk;
          if (stdoutSeen.split("\r\n").length > 3) child.kill("SIGINT");
        },
      }),
    ]);
    const rows = full.stdout.split("\r\n").length - 2; // header and the final empty line
    expectInterrupted(first, first.stdout.split("\r\n").length - 2, rows);
    const rest = await runPrintedCommand(resumeLine(first.stderr));
    expect(rest.code).toBe(0);
    expect(rest.stdout.startsWith("id,")).toBe(false); // a continuation: no second header
    expect(first.stdout + rest.stdout).toBe(full.stdout);
  });

  it("json into --out FILE: the resumed run completes the same file into one valid array", async () => {
    const file = join(dir, "export.json");
    const [full, first] = await Promise.all([
      runCli([...FULL, "--format", "json"]),
      interruptedRun([...SLOW, "--format", "json", "--out", file], async () => {
        const text = await readFile(file, "utf8").catch(() => "");
        return text.includes("}");
      }),
    ]);
    const all = JSON.parse(full.stdout) as unknown[];
    const partial = await readFile(file, "utf8");
    expect(() => JSON.parse(partial)).toThrow(/JSON/); // left open for the resumed run
    expectInterrupted(first, partial.split("\n").length - 1, all.length);
    const command = resumeLine(first.stderr);
    expect(command).toContain(`--out ${file}`);
    const rest = await runPrintedCommand(command);
    expect(rest.code).toBe(0);
    expect(rest.stdout).toBe("");
    expect(await readFile(file, "utf8")).toBe(full.stdout);
  });
});
