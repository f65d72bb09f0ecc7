import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PackageManifest } from "../src/manifest.ts";
import { useFixtureRoot } from "./support/fixture-hooks.ts";
import { restricted, writeWorkspace } from "./support/fixture-workspace.ts";
import { runRelease } from "./support/release-cli.ts";

const internal = {
  NETACCESS_REGISTRY: "https://npm.corp.example/",
  NETACCESS_REGISTRY_TOKEN: "tok-0123456789",
};
const root = useFixtureRoot();

/** A throwaway pnpm workspace with the given packages and, optionally, a project .npmrc. */
async function workspace(packages: PackageManifest[], npmrc?: string): Promise<void> {
  await writeWorkspace(root(), packages, npmrc === undefined ? {} : { npmrc });
}

describe("pnpm release refuses before building anything", () => {
  it("when the registry is not configured", async () => {
    await workspace([{ name: "@netaccess/a", publishConfig: restricted }]);
    const result = await runRelease(root(), [], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^release refused: NETACCESS_REGISTRY is not set.*\nfix: export NETACCESS_REGISTRY=/,
    );
  });

  it("when a project .npmrc sends the scope to the public registry", async () => {
    await workspace(
      [{ name: "@netaccess/a", publishConfig: restricted }],
      "@netaccess:registry=https://registry.npmjs.org/\n",
    );
    const result = await runRelease(root(), [], internal);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "release refused: In the workspace root, @netaccess resolves to https://registry.npmjs.org/ instead of https://npm.corp.example/.",
    );
    expect(result.stderr).toContain('fix: Remove the "@netaccess:registry" line');
  });

  it("when a package is outside the scope, so the mapping would not cover it", async () => {
    await workspace([
      { name: "@netaccess/a", publishConfig: restricted },
      { name: "left-pad-internal", publishConfig: restricted },
    ]);
    const result = await runRelease(root(), [], internal);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("release refused: left-pad-internal is not in the @netaccess scope");
  });

  it("when a package is not restricted or names another registry", async () => {
    await workspace([{ name: "@netaccess/a" }]);
    expect((await runRelease(root(), [], internal)).stderr).toContain(
      '@netaccess/a does not set publishConfig.access to "restricted"',
    );

    await rm(join(root(), "packages"), { recursive: true });
    await workspace([
      { name: "@netaccess/a", publishConfig: { ...restricted, registry: "https://registry.npmjs.org/" } },
    ]);
    const result = await runRelease(root(), [], internal);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '@netaccess/a sets publishConfig["registry"] to https://registry.npmjs.org/, not https://npm.corp.example/.',
    );
  });

  it("on an unknown option, with the usage", async () => {
    await workspace([]);
    const result = await runRelease(root(), ["--registry", "https://example.com/"], internal);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: pnpm release");
  });
});
