import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { allowedByFiles } from "./allowlist.ts";
import { localDependencyRanges } from "./dependency-ranges.ts";
import { entryPoints, misplacedTypesConditions, targetExists } from "./entry-points.ts";
import { forbiddenFileReason } from "./forbidden-files.ts";
import type { PackageManifest } from "./manifest.ts";
import { findSecret } from "./secret-scan.ts";
import { readTarball } from "./tarball.ts";

/** A packed package waiting for verification. */
export interface PackedTarball {
  name: string;
  version: string;
  file: string;
  /** `sha256-<base64>` as changesets records it; checked when present. */
  integrity?: string;
}

/** Every reason this tarball must not be published; empty when it is fine. */
export async function verifyTarball(
  tarball: PackedTarball,
  knownSecrets: readonly string[],
): Promise<string[]> {
  const problems: string[] = [];
  if (tarball.integrity) {
    const actual = `sha256-${createHash("sha256")
      .update(await readFile(tarball.file))
      .digest("base64")}`;
    if (actual !== tarball.integrity)
      problems.push(`tarball changed after packing (integrity ${actual}, expected ${tarball.integrity})`);
  }
  const files = await readTarball(tarball.file);
  const manifestText = files.get("package.json");
  if (!manifestText) return [...problems, "no package.json in the tarball"];
  const manifest = JSON.parse(manifestText.toString("utf8")) as PackageManifest;
  if (manifest.name !== tarball.name || manifest.version !== tarball.version) {
    problems.push(
      `tarball holds ${manifest.name}@${manifest.version}, expected ${tarball.name}@${tarball.version}`,
    );
  }
  problems.push(...manifestProblems(manifest, new Set(files.keys())));
  for (const path of [...files.keys()].sort())
    problems.push(...fileProblems(path, files.get(path)!, manifest.files, knownSecrets));
  return problems;
}

function manifestProblems(manifest: PackageManifest, paths: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!Array.isArray(manifest.files) || manifest.files.length === 0)
    problems.push('no "files" allowlist: everything in the folder would ship');
  if (manifest.private === true) problems.push('"private": true');
  for (const point of entryPoints(manifest)) {
    if (!targetExists(point.target, paths))
      problems.push(`${point.field} points at ${point.target}, which is not in the tarball`);
  }
  for (const field of misplacedTypesConditions(manifest.exports))
    problems.push(`${field}: the "types" condition must come first`);
  for (const range of localDependencyRanges(manifest))
    problems.push(`workspace-only dependency range left in ${range}`);
  return problems;
}

function fileProblems(
  path: string,
  content: Buffer,
  allowlist: readonly string[] | undefined,
  knownSecrets: readonly string[],
): string[] {
  const problems: string[] = [];
  if (allowlist && !allowedByFiles(path, allowlist))
    problems.push(`${path} is not covered by the "files" allowlist`);
  const reason = forbiddenFileReason(path, content);
  if (reason) problems.push(`${path} must not ship (${reason})`);
  const secret = findSecret(content, knownSecrets);
  if (secret) problems.push(`${path} contains a secret (${secret})`);
  return problems;
}
