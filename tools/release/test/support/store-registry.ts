import { createHash } from "node:crypto";
import { mkdir, readFile, symlink } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { runOrThrow } from "../../src/run.ts";
import type { InstalledPackage } from "./installed-closure.ts";

/** An upstream registry served from packages already installed on this machine. */
export interface StoreRegistry {
  url: string;
  /** Decoded request paths, e.g. `/@microsoft/kiota-abstractions`. */
  readonly requests: string[];
  close(): Promise<void>;
}

interface Tarball {
  file: string;
  integrity: string;
  shasum: string;
}

/** Packs an installed package folder as `package/…`, the layout npm tarballs have. */
async function packInstalled(pkg: InstalledPackage, workDir: string, index: number): Promise<Tarball> {
  const stage = join(workDir, String(index));
  await mkdir(stage, { recursive: true });
  await symlink(pkg.dir, join(stage, "package"));
  const file = join(workDir, `${index}.tgz`);
  // -h follows the symlink, so the archive holds the package's files under package/.
  await runOrThrow("tar", ["-czhf", file, "-C", stage, "package"], { cwd: stage });
  const bytes = await readFile(file);
  return {
    file,
    integrity: `sha512-${createHash("sha512").update(bytes).digest("base64")}`,
    shasum: createHash("sha1").update(bytes).digest("hex"),
  };
}

/**
 * Starts a read-only npm registry on 127.0.0.1 serving exactly `packages` (packed into `workDir`): a
 * document per name with every version present, and the tarballs. Anything else is 404, so a lookup of
 * a name that should never leave the internal registry is visible in `requests` and fails.
 */
export async function startStoreRegistry(
  packages: readonly InstalledPackage[],
  workDir: string,
): Promise<StoreRegistry> {
  const tarballs = await Promise.all(packages.map((pkg, index) => packInstalled(pkg, workDir, index)));
  const requests: string[] = [];
  let url = "";
  const byName = new Map<string, number[]>();
  packages.forEach((pkg, index) => byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), index]));
  const document = (name: string) => {
    const indexes = byName.get(name) ?? [];
    const versions = Object.fromEntries(
      indexes.map((index) => {
        const { manifest, version } = packages[index]!;
        const { integrity, shasum } = tarballs[index]!;
        return [
          version,
          { ...manifest, dist: { tarball: `${url}-/tarballs/${index}.tgz`, integrity, shasum } },
        ];
      }),
    );
    const latest = indexes
      .map((index) => packages[index]!.version)
      .sort(compareVersions)
      .at(-1);
    return { name, "dist-tags": { latest }, versions };
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    requests.push(path);
    const tarball = /^\/-\/tarballs\/(\d+)\.tgz$/.exec(path);
    if (tarball) {
      const entry = tarballs[Number(tarball[1])];
      if (!entry) return void res.writeHead(404).end();
      void readFile(entry.file).then((bytes) =>
        res.writeHead(200, { "content-type": "application/octet-stream" }).end(bytes),
      );
      return;
    }
    const name = path.slice(1);
    if (!byName.has(name))
      return void res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(document(name)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Orders plain semver versions (prereleases before their release); enough to pick `latest`. */
function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  for (let i = 0; i < 3; i++) {
    const difference = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
    if (difference !== 0) return difference;
  }
  if (left.pre === right.pre) return 0;
  if (left.pre === undefined) return 1;
  if (right.pre === undefined) return -1;
  return left.pre.localeCompare(right.pre);
}

function parseVersion(version: string): { parts: number[]; pre: string | undefined } {
  const [core = "", pre] = version.split("-", 2);
  return { parts: core.split(".").map(Number), pre };
}
