import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PackageManifest } from "../src/manifest.ts";
import { verifyTarball } from "../src/verify-tarball.ts";
import { goodFiles, goodManifest, makeTarball } from "./support/tarball-fixture.ts";

let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "netaccess-verify-test-"));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function problemsOf(
  manifest: PackageManifest,
  files: Record<string, string | Buffer>,
  knownSecrets: string[] = [],
): Promise<string[]> {
  const file = await makeTarball(parent, manifest, files);
  return verifyTarball({ name: manifest.name ?? "", version: manifest.version ?? "", file }, knownSecrets);
}

describe("verifyTarball", () => {
  it("accepts a package whose entry points ship and that holds nothing else", async () => {
    expect(await problemsOf(goodManifest, goodFiles)).toEqual([]);
  });

  it("reports every entry point that is missing from the tarball", async () => {
    const manifest = { ...goodManifest, bin: { tool: "./dist/cli.js" } };
    const { ["dist/index.d.ts"]: _types, ...withoutTypes } = goodFiles;
    expect(await problemsOf(manifest, withoutTypes)).toEqual([
      'bin["tool"] points at dist/cli.js, which is not in the tarball',
      'exports["."]["types"] points at dist/index.d.ts, which is not in the tarball',
    ]);
  });

  it("matches subpath patterns in exports against the files", async () => {
    const manifest = {
      ...goodManifest,
      exports: { "./*": { types: "./dist/*.d.ts", import: "./dist/*.js" } },
    };
    expect(await problemsOf(manifest, goodFiles)).toEqual([]);
    expect(await problemsOf(manifest, { "README.md": "x" })).toEqual([
      'exports["./*"]["types"] points at dist/*.d.ts, which is not in the tarball',
      'exports["./*"]["import"] points at dist/*.js, which is not in the tarball',
    ]);
  });

  it("wants the types condition first", async () => {
    const manifest = {
      ...goodManifest,
      exports: { ".": { import: "./dist/index.js", types: "./dist/index.d.ts" } },
    };
    expect(await problemsOf(manifest, goodFiles)).toEqual([
      'exports["."]: the "types" condition must come first',
    ]);
  });

  it("rejects workspace-only dependency ranges in any dependency field", async () => {
    const manifest = {
      ...goodManifest,
      dependencies: { "@netaccess/client": "workspace:^" },
      peerDependencies: { "@microsoft/kiota-abstractions": "catalog:" },
      devDependencies: { local: "file:../local" },
    };
    expect(await problemsOf(manifest, goodFiles)).toEqual([
      "workspace-only dependency range left in dependencies.@netaccess/client: workspace:^",
      "workspace-only dependency range left in devDependencies.local: file:../local",
      "workspace-only dependency range left in peerDependencies.@microsoft/kiota-abstractions: catalog:",
    ]);
  });

  it("needs a files allowlist and ships nothing outside it", async () => {
    const { files: _files, ...noAllowlist } = goodManifest;
    expect(await problemsOf(noAllowlist, goodFiles)).toEqual([
      'no "files" allowlist: everything in the folder would ship',
    ]);
    expect(
      await problemsOf(goodManifest, {
        ...goodFiles,
        "src/index.ts": "export {};",
        "dist/index.js.map": "{}",
      }),
    ).toEqual([
      'dist/index.js.map is not covered by the "files" allowlist',
      'src/index.ts is not covered by the "files" allowlist',
    ]);
  });

  it("rejects tests, credential files and source maps of generated code", async () => {
    const manifest = { ...goodManifest, files: ["dist"] };
    const generatedMap = JSON.stringify({ version: 3, sources: ["../../src/generated/models/index.ts"] });
    const problems = await problemsOf(manifest, {
      ...goodFiles,
      "dist/index.test.js": "",
      "dist/test/helper.js": "",
      "dist/.env": "A=1",
      "dist/models.js.map": generatedMap,
      "dist/generated/client.d.ts.map": "{}",
      "dist/plain.js.map": JSON.stringify({ version: 3, sources: ["../src/plain.ts"] }),
    });
    expect(problems.sort()).toEqual(
      [
        "dist/.env must not ship (credential or environment file)",
        "dist/generated/client.d.ts.map must not ship (source map of generated code)",
        "dist/index.test.js must not ship (test file)",
        "dist/models.js.map must not ship (source map of generated code)",
        "dist/test/helper.js must not ship (test file)",
      ].sort(),
    );
  });

  it("finds secrets in file contents, including this run's token", async () => {
    const token = "tok-3f9a1c22b7e04d";
    const problems = await problemsOf(
      goodManifest,
      {
        ...goodFiles,
        "dist/config.js": `export const t = "${token}";\n`,
        "README.md": "//npm.example.internal/:_authToken=abcdef0123456789\n",
      },
      [token],
    );
    expect(problems).toEqual([
      "README.md contains a secret (npm auth token setting)",
      "dist/config.js contains a secret (the registry token of this run)",
    ]);
  });

  it("checks the recorded integrity and the name and version inside", async () => {
    const file = await makeTarball(parent, goodManifest, goodFiles);
    const integrity = `sha256-${createHash("sha256")
      .update(await readFile(file))
      .digest("base64")}`;
    expect(await verifyTarball({ name: "@netaccess/sample", version: "1.2.3", file, integrity }, [])).toEqual(
      [],
    );
    expect(
      await verifyTarball({ name: "@netaccess/other", version: "1.2.3", file, integrity: "sha256-AAAA" }, []),
    ).toEqual([
      `tarball changed after packing (integrity ${integrity}, expected sha256-AAAA)`,
      "tarball holds @netaccess/sample@1.2.3, expected @netaccess/other@1.2.3",
    ]);
  });
});
