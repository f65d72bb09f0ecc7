import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTarball } from "../src/tarball.ts";
import { goodManifest, makeTarball } from "./support/tarball-fixture.ts";

let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "netaccess-tarball-test-"));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("readTarball", () => {
  const longPath = `dist/${"deeply-nested-folder/".repeat(6)}${"a-file-name-that-is-long".repeat(3)}.js`;
  const files = {
    "dist/index.js": "export {};\n",
    [longPath]: "long\n",
    "dist/data.bin": Buffer.from([0, 1, 2, 255]),
  };

  it.each(["pax", "gnu"] as const)(
    "reads every file with its path inside the package (%s long names)",
    async (format) => {
      expect(longPath.length).toBeGreaterThan(100);
      const entries = await readTarball(await makeTarball(parent, goodManifest, files, format));
      expect([...entries.keys()].sort()).toEqual(
        ["dist/data.bin", "dist/index.js", longPath, "package.json"].sort(),
      );
      expect(entries.get(longPath)?.toString()).toBe("long\n");
      expect([...(entries.get("dist/data.bin") ?? [])]).toEqual([0, 1, 2, 255]);
      expect(JSON.parse(entries.get("package.json")?.toString() ?? "{}")).toEqual(goodManifest);
    },
  );
});
