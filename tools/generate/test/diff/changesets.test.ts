import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseChangesetFile } from "@changesets/parse";
import { changesetFiles, writeChangesets } from "../../src/diff/changesets.ts";
import type { PackageRelease } from "../../src/diff/releases.ts";

const releases: PackageRelease[] = [
  {
    name: "@netaccess/client",
    bump: "major",
    summary: "Regenerated from the spec.\n\nRemoved: property `Connection.x` (string).",
  },
  {
    name: "@netaccess/enums",
    bump: "minor",
    summary: "Follows `@netaccess/client`.\n\nAdded: enum member `TrafficType.A`.",
  },
];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "changesets-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("changeset files", () => {
  it("are changesets' own format, one per package, named after the change", () => {
    const files = changesetFiles(releases);
    expect(files.map((f) => f.fileName)).toEqual([
      expect.stringMatching(/^client-spec-[0-9a-f]{8}\.md$/),
      expect.stringMatching(/^enums-spec-[0-9a-f]{8}\.md$/),
    ]);
    expect(files.map((f) => parseChangesetFile(f.content))).toEqual(
      releases.map((r) => ({ releases: [{ name: r.name, type: r.bump }], summary: r.summary })),
    );
    expect(changesetFiles(releases)).toEqual(files);
    expect(changesetFiles([{ ...releases[0]!, bump: "minor" }])[0]!.fileName).not.toBe(files[0]!.fileName);
  });

  it("remove nothing when it is unknown which files are committed", async () => {
    await writeFile(join(dir, "client-spec-0123abcd.md"), "earlier");
    const result = await writeChangesets(dir, changesetFiles(releases), undefined);
    expect(result.removed).toEqual([]);
    expect((await readdir(dir)).toSorted()).toEqual(
      ["client-spec-0123abcd.md", ...result.written.toSorted()].toSorted(),
    );
    expect(await readFile(join(dir, "client-spec-0123abcd.md"), "utf8")).toBe("earlier");
  });
});
