import { createHash } from "node:crypto";
import { mkdir, readFile, symlink } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { runOrThrow } from "../../src/run.ts";
import type { InstalledPackage } from "./installed-closure.ts";

/** An upstream registry served from packages already installed on this machine. */
export interface StoreRegistry {
  url: string;
  /** Decoded request paths, e.g. `/@microsoft/kiota-abstractions`. */
  readonly requests: string[];
  /** Settles when every package is packed (requests wait for it); rejects when packing failed. */
  readonly ready: Promise<void>;
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
  // -h follows the symlink, so the archive holds the package's files under package/. The archives live
  // for one run: the fastest gzip level takes less than half the CPU time of the default one.
  await runOrThrow("tar", ["--use-compress-program=gzip -1", "-chf", file, "-C", stage, "package"], {
    cwd: stage,
  });
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
 * a name that should never leave the internal registry is visible in `requests` and fails. It listens
 * at once, so whatever proxies to it can start while `packages` are still being found and packed.
 */
export async function startStoreRegistry(
  packages: Promise<readonly InstalledPackage[]>,
  workDir: string,
): Promise<StoreRegistry> {
  const requests: string[] = [];
  let url = "";
  const served = packages.then(async (list) =>
    documentsOf(
      list,
      await Promise.all(list.map((pkg, index) => packInstalled(pkg, workDir, index))),
      () => url,
    ),
  );
  // Requests wait for the packing; if it fails they get 503, and the caller the error through `ready`.
  const ready = served.then(() => undefined);
  ready.catch(() => undefined);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    requests.push(path);
    served.then(
      (documents) => answer(documents, path, res),
      () => res.writeHead(503).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    requests,
    ready,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface Documents {
  tarballs: readonly Tarball[];
  document(name: string): object | undefined;
}

/** The registry's content: a document per package name, tarball URLs under `/-/tarballs/`. */
function documentsOf(
  packages: readonly InstalledPackage[],
  tarballs: readonly Tarball[],
  baseUrl: () => string,
): Documents {
  const byName = new Map<string, number[]>();
  packages.forEach((pkg, index) => byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), index]));
  return {
    tarballs,
    document: (name) => {
      const indexes = byName.get(name);
      if (!indexes) return undefined;
      const versions = Object.fromEntries(
        indexes.map((index) => {
          const { manifest, version } = packages[index]!;
          const { integrity, shasum } = tarballs[index]!;
          return [
            version,
            { ...manifest, dist: { tarball: `${baseUrl()}-/tarballs/${index}.tgz`, integrity, shasum } },
          ];
        }),
      );
      const latest = indexes
        .map((index) => packages[index]!.version)
        .sort(compareVersions)
        .at(-1);
      return { name, "dist-tags": { latest }, versions };
    },
  };
}

function answer(documents: Documents, path: string, res: ServerResponse): void {
  const tarball = /^\/-\/tarballs\/(\d+)\.tgz$/.exec(path);
  if (tarball) {
    const entry = documents.tarballs[Number(tarball[1])];
    if (!entry) return void res.writeHead(404).end();
    void readFile(entry.file).then((bytes) =>
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(bytes),
    );
    return;
  }
  const document = documents.document(path.slice(1));
  if (!document)
    return void res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(document));
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
