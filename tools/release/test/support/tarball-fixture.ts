import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { runOrThrow } from "../../src/run.ts";
import type { PackageManifest } from "../../src/manifest.ts";

/** A well-formed package: ESM entry with types first, a `files` allowlist, restricted access. */
export const goodManifest: PackageManifest = {
  name: "@netaccess/sample",
  version: "1.2.3",
  type: "module",
  exports: {
    ".": { types: "./dist/index.d.ts", import: "./dist/index.js" },
    "./package.json": "./package.json",
  },
  files: ["dist", "!dist/**/*.map", "README.md"],
  publishConfig: { access: "restricted" },
  dependencies: { "@microsoft/kiota-abstractions": "1.0.0-preview.109" },
};

export const goodFiles: Record<string, string> = {
  "dist/index.js": "export const answer = 42;\n",
  "dist/index.d.ts": "export declare const answer = 42;\n",
  "README.md": "# sample\n",
};

/**
 * Writes a real .tgz (in a new folder under `parentDir`) with the given files under `package/`, the
 * way packers lay it out, using the system tar (`format` chooses how long paths are stored).
 */
export async function makeTarball(
  parentDir: string,
  manifest: PackageManifest,
  files: Record<string, string | Buffer>,
  format: "gnu" | "pax" = "pax",
): Promise<string> {
  const dir = await mkdtemp(join(parentDir, "tarball-"));
  const all = { "package.json": JSON.stringify(manifest, undefined, 2), ...files };
  for (const [path, content] of Object.entries(all)) {
    const file = join(dir, "package", path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  const tarball = join(dir, "package.tgz");
  await runOrThrow("tar", [`--format=${format}`, "-czf", tarball, "-C", dir, "package"], { cwd: dir });
  return tarball;
}
