// Shared by the CLI benchmarks: start the mock in a child process, run a command in another and
// measure its wall time and peak RSS.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const here = (file) => fileURLToPath(new URL(file, import.meta.url));
export const CLI = here("../dist/bin.js");
export const TOKEN = "bench-token";

/** Starts bench/mock-server.mjs; resolves to { url, window, close }. */
export async function startMockProcess(connections, { latencyMs = 0, workers = 1 } = {}) {
  const args = [here("./mock-server.mjs"), String(connections), String(latencyMs), String(workers)];
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = await once(createInterface({ input: child.stdout }), "line");
  const { url, window } = JSON.parse(line);
  return {
    url,
    window,
    close: async () => {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

export async function scratchDir() {
  const dir = await mkdtemp(join(tmpdir(), "netaccess-bench-"));
  return { path: (name) => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Runs `node <args>` with the probe; resolves to { ms, cpuMs, rss } (wall time, the process's CPU
 * time, its peak RSS) or rejects on a non-zero exit.
 */
export async function measure(args, { probeFile, env = {} }) {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", here("./probe.mjs"), ...args], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NETACCESS_TOKEN: TOKEN, NETACCESS_BENCH_PROBE_FILE: probeFile, ...env },
  });
  const [code] = await once(child, "exit");
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`node ${args.join(" ")} exited with ${code}`);
  return { ms, ...JSON.parse(await readFile(probeFile, "utf8")) };
}

/** `netaccess connections list` over the whole window of a mock started by startMockProcess. */
export const listArgs = (mock, ...more) => [
  CLI,
  "connections",
  "list",
  "--base-url",
  mock.url,
  "--start",
  mock.window.start,
  "--end",
  mock.window.end,
  ...more,
];

export const fileDigest = async (file) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const perSecond = (records, ms) => Math.round((records * 1000) / ms);
export const fmt = (n) => n.toLocaleString("en-US");
