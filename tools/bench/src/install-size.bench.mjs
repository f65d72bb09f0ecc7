// Installed size: `npm install` of @netaccess/client from its packed tarball into a scratch
// project, next to the Kiota runtime alone and Microsoft's Graph beta SDK, each in its own
// scratch project. Goal: @netaccess/client at most 3 MB. Needs the npm registry (or npm's cache).
import { execFile } from "node:child_process";
import { lstat, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { fixed, megabytes, printTable, verdict } from "./support/stats.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../..", import.meta.url));
const GOAL_BYTES = 3_000_000;

/** The exact version the workspace catalog pins for `name`. */
async function catalogVersion(name) {
  const workspace = await readFile(join(root, "pnpm-workspace.yaml"), "utf8");
  const line = workspace.split("\n").find((text) => text.trim().replace(/"/g, "").startsWith(`${name}:`));
  if (!line) throw new Error(`${name} is not in the pnpm-workspace.yaml catalog`);
  return line.split(":").at(-1).trim();
}

/** Packs @netaccess/client as it would be published (catalog and workspace versions resolved). */
async function packClient(into) {
  const pnpm = process.env.npm_execpath?.includes("pnpm") ? process.env.npm_execpath : "pnpm";
  const command = pnpm.endsWith(".js") || pnpm.endsWith(".cjs") ? [process.execPath, pnpm] : [pnpm];
  await run(command[0], [...command.slice(1), "pack", "--pack-destination", into], {
    cwd: join(root, "packages/client"),
  });
  const [tarball] = (await readdir(into)).filter((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  return join(into, tarball);
}

/** Installs `specs` with npm into a fresh scratch project; returns its node_modules' size. */
async function installedSize(specs) {
  const project = await mkdtemp(join(tmpdir(), "netaccess-install-size-"));
  try {
    await writeFile(join(project, "package.json"), JSON.stringify({ name: "scratch", private: true }));
    const flags = ["--no-audit", "--no-fund", "--loglevel=error", "--ignore-scripts", "--prefer-offline"];
    await run("npm", ["install", ...flags, ...specs], { cwd: project });
    return await measure(join(project, "node_modules"));
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

/** Bytes of all files (their length, as npm's "unpacked size" counts), disk blocks, and files. */
async function measure(directory) {
  const total = { bytes: 0, diskBytes: 0, files: 0 };
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const stats = await lstat(path);
        total.bytes += stats.size;
        total.diskBytes += stats.blocks * 512;
        total.files++;
      }
    }
  };
  await walk(directory);
  return total;
}

const packDir = await mkdtemp(join(tmpdir(), "netaccess-pack-"));
let rows;
try {
  const tarball = await packClient(packDir);
  const kiota = await Promise.all(
    ["abstractions", "http-fetchlibrary", "serialization-json", "serialization-text"].map(
      async (part) => `@microsoft/kiota-${part}@${await catalogVersion(`@microsoft/kiota-${part}`)}`,
    ),
  );
  const graphSdk = `@microsoft/msgraph-beta-sdk@${await catalogVersion("@microsoft/msgraph-beta-sdk")}`;
  rows = [
    ["@netaccess/client (packed tarball)", await installedSize([tarball])],
    ["Kiota runtime alone", await installedSize(kiota)],
    [graphSdk, await installedSize([graphSdk])],
  ];
} finally {
  await rm(packDir, { recursive: true, force: true });
}
const client = rows[0][1];
console.log("npm install into an empty project; size = bytes of every installed file (npm's unpacked size)");
printTable([
  ["install", "size", "files", "on disk (blocks)", "× @netaccess/client"],
  ...rows.map(([title, size]) => [
    title,
    megabytes(size.bytes),
    size.files.toLocaleString("en-US"),
    megabytes(size.diskBytes),
    fixed(size.bytes / client.bytes, 2),
  ]),
]);
console.log(
  `  goal: @netaccess/client ≤ 3 MB → ${megabytes(client.bytes)} (${verdict(client.bytes, GOAL_BYTES)})`,
);
