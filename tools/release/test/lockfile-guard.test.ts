import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { registryResolvedInternalNames } from "../src/lockfile-guard.ts";

const lockfile = (packages: string) => `lockfileVersion: '9.0'

importers:

  packages/enums:
    dependencies:
      '@netaccess/client':
        specifier: workspace:^
        version: link:../client

packages:

  '@microsoft/kiota-abstractions@1.0.0-preview.109':
    resolution: {integrity: sha512-x}
${packages}
snapshots:

  '@netaccess/in-snapshots-only@1.0.0': {}
`;

describe("registryResolvedInternalNames", () => {
  it("ignores internal packages that are linked from the workspace", () => {
    expect(registryResolvedInternalNames(lockfile(""))).toEqual([]);
  });

  it("finds internal names resolved from a registry", () => {
    const packages = `
  '@netaccess/typo-client@2.0.0':
    resolution: {integrity: sha512-y}

  '@netaccess/other@1.0.0-beta.1':
    resolution: {integrity: sha512-z}
`;
    expect(registryResolvedInternalNames(lockfile(packages))).toEqual([
      "@netaccess/other",
      "@netaccess/typo-client",
    ]);
  });

  it("finds the repository's own lockfile clean", async () => {
    const text = await readFile(new URL("../../../pnpm-lock.yaml", import.meta.url), "utf8");
    expect(text).toContain("packages:");
    expect(registryResolvedInternalNames(text)).toEqual([]);
  });
});
