// Child processes for the benchmarks: the mock Graph server, and workers whose peak RSS is theirs alone.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** Starts the fixtures mock Graph CLI on a free loopback port; resolves with its base URL and a stop function. */
export async function startMockGraphProcess(args = []) {
  const manifestUrl = import.meta.resolve("@netaccess/fixtures/package.json");
  const { bin } = JSON.parse(await readFile(new URL(manifestUrl), "utf8"));
  const cli = fileURLToPath(new URL(bin["netaccess-mock-graph"], manifestUrl));
  const child = spawn(process.execPath, [cli, "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  for await (const chunk of child.stdout) {
    output += chunk;
    const url = /listening on (\S+)/.exec(output)?.[1];
    if (url) {
      child.stdout.resume();
      return { url, stop: async () => (child.kill(), await once(child, "exit")) };
    }
  }
  throw new Error(`the mock Graph CLI exited without a URL: ${output}`);
}

/**
 * Runs a worker script in its own Node process and returns the JSON object it prints as its last
 * line of output. Fails with the worker's output when it exits non-zero.
 */
export async function runWorker(script, args = [], nodeOptions = []) {
  const child = spawn(process.execPath, [...nodeOptions, fileURLToPath(script), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  const [code] = await once(child, "exit");
  if (code !== 0)
    throw new Error(`${fileURLToPath(script)} ${args.join(" ")} exited with ${code}: ${output}`);
  return JSON.parse(output.trim().split("\n").at(-1));
}
