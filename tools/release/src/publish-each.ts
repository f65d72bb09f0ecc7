import { relative } from "node:path";
import { assertScopeRegistry } from "./publish-guard.ts";
import { ReleaseRefusal } from "./release-refusal.ts";
import { run } from "./run.ts";
import { explainRegistryFailure } from "./registry-failure.ts";
import type { PackedTarball } from "./verify-tarball.ts";
import type { WorkspacePackage } from "./workspace.ts";

export interface PublishRun {
  root: string;
  env: NodeJS.ProcessEnv;
  registryUrl: string;
  tokenVar: string;
  /** npm dist-tag, `latest` by default. */
  distTag: string;
  packages: readonly WorkspacePackage[];
  log: (line: string) => void;
}

/** Thrown when publishing stopped part-way: says exactly which versions are in the registry and which are not. */
export class PartialReleaseError extends Error {
  readonly published: readonly string[];
  readonly failed: string;
  readonly notAttempted: readonly string[];

  constructor(published: readonly string[], failed: string, reason: string, notAttempted: readonly string[]) {
    const lines = [
      `publishing ${failed} failed: ${reason}`,
      published.length > 0
        ? `published (in the registry now): ${published.join(", ")}`
        : "nothing was published",
      `not published: ${[failed, ...notAttempted].join(", ")}`,
    ];
    super(lines.join("\n"));
    this.name = "PartialReleaseError";
    this.published = published;
    this.failed = failed;
    this.notAttempted = notAttempted;
  }
}

const id = (tarball: PackedTarball) => `${tarball.name}@${tarball.version}`;

/**
 * Publishes the verified tarballs one at a time, in plan order. Immediately before each one it asks pnpm
 * again where the scope resolves in the workspace root and in that package (a build step or anything
 * else could have changed an .npmrc since the first check); the first failure stops the run.
 */
export async function publishEach(
  tarballs: readonly PackedTarball[],
  options: PublishRun,
): Promise<PackedTarball[]> {
  const published: PackedTarball[] = [];
  for (const [index, tarball] of tarballs.entries()) {
    const pkg = options.packages.find((candidate) => candidate.name === tarball.name);
    const stop = (reason: string) =>
      new PartialReleaseError(published.map(id), id(tarball), reason, tarballs.slice(index + 1).map(id));
    if (!pkg) throw stop("it is not a package of this workspace");
    try {
      await assertScopeRegistry(options.root, [options.root, pkg.dir], options.env, options.registryUrl);
    } catch (error) {
      if (error instanceof ReleaseRefusal) throw stop(`${error.message} ${error.fix}`);
      throw error;
    }
    const result = await run(
      "pnpm",
      [
        "publish",
        relative(pkg.dir, tarball.file),
        "--access",
        "restricted",
        "--tag",
        options.distTag,
        "--no-git-checks",
        "--json",
      ],
      { cwd: pkg.dir, env: options.env },
    );
    if (result.code !== 0) throw stop(explainRegistryFailure(result, options.registryUrl, options.tokenVar));
    options.log(`release: published ${id(tarball)} under "${options.distTag}"`);
    published.push(tarball);
  }
  return published;
}
