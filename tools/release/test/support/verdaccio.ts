import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { internalScope } from "../../src/scope.ts";
import { freePort } from "./free-port.ts";

export interface LocalRegistry {
  url: string;
  /** Registers the one user the registry allows and returns its token. */
  addUser(name: string, password: string): Promise<string>;
  /** What the server printed (warnings and errors), for failure messages. */
  output(): string;
  close(): Promise<void>;
}

/**
 * The registry configuration under test: the internal scope is local-only (never proxied, publish
 * and read need a user), everything else is proxied to `upstreamUrl`. JSON is valid YAML.
 */
function verdaccioConfig(dir: string, upstreamUrl: string): string {
  return JSON.stringify({
    storage: join(dir, "storage"),
    auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: 1 } },
    // Tokens are signed JWTs, checked with an HMAC. Without `jwt.sign`, Verdaccio hands out its legacy
    // tokens and checks the user's bcrypt hash again on every request (about 0.1 s of CPU each).
    security: { api: { jwt: { sign: { expiresIn: "1h" } } } },
    // The upstream's documents do not change during a run: fetch each once.
    uplinks: { upstream: { url: upstreamUrl, timeout: "60s", maxage: "30m" } },
    packages: {
      [`${internalScope}/*`]: {
        access: "$authenticated",
        publish: "$authenticated",
        unpublish: "$authenticated",
      },
      "**": { access: "$all", publish: "$authenticated", proxy: "upstream" },
    },
    web: { enable: false },
    log: { type: "stdout", format: "pretty", level: "warn" },
  });
}

/** Starts Verdaccio as a child process on a free 127.0.0.1 port, with its storage and users in `dir`. */
export async function startVerdaccio(dir: string, upstreamUrl: string): Promise<LocalRegistry> {
  await mkdir(dir, { recursive: true });
  const configFile = join(dir, "config.yaml");
  await writeFile(configFile, verdaccioConfig(dir, upstreamUrl));
  const port = await freePort();
  const bin = join(
    dirname(createRequire(import.meta.url).resolve("verdaccio/package.json")),
    "bin",
    "verdaccio",
  );
  const child = spawn(process.execPath, [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitUntilUp(url, exited);
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
  return {
    url,
    output: () => output,
    close,
    addUser: async (name, password) => {
      const response = await fetch(new URL(`-/user/org.couchdb.user:${encodeURIComponent(name)}`, url), {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, type: "user", roles: [] }),
      });
      const body = (await response.json()) as { token?: string; error?: string };
      if (!response.ok || !body.token)
        throw new Error(`creating user ${name} failed: ${response.status} ${JSON.stringify(body)}`);
      return body.token;
    },
  };
}

async function waitUntilUp(url: string, exited: Promise<void>): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  const deadline = Date.now() + 60_000;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    if (stopped) throw new Error("verdaccio exited before it was ready");
    if (Date.now() > deadline) throw new Error("verdaccio did not answer /-/ping within 60 s");
    try {
      if ((await fetch(new URL("-/ping", url))).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
