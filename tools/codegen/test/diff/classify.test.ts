import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryBase } from "../../src/diff/base-tree.ts";
import { type SpecDiff, diffRegeneration } from "../../src/diff/spec-diff.ts";
import { type Generation, generateFrom } from "./support/generation.ts";
import { fixturePath } from "./support/paths.ts";
import { createWorkspace, samplePackages } from "./support/workspace.ts";

const versions = ["v1", "v2", "v3", "v4", "v5", "v6"];
const generations = new Map<string, Generation>();
let workspace: string;

beforeAll(async () => {
  for (const v of versions) generations.set(v, await generateFrom(fixturePath(v)));
  workspace = await createWorkspace(samplePackages);
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function compareGenerations(
  before: Generation | undefined,
  after: Generation,
  label = "base",
): Promise<SpecDiff> {
  return diffRegeneration({
    base: memoryBase(label, before?.tree.files ?? new Map(), before?.specText),
    generated: after.tree,
    specText: after.specText,
    outDir: join(workspace, "packages/client/src/generated"),
    workspaceRoot: workspace,
  });
}

const compare = (from: string, to: string) =>
  compareGenerations(generations.get(from), generations.get(to)!, from);
const bumps = (diff: SpecDiff) => Object.fromEntries(diff.releases.map((r) => [r.name, r.bump]));
const summaryOf = (diff: SpecDiff, name: string) => diff.releases.find((r) => r.name === name)?.summary ?? "";

describe("classifying a regeneration", () => {
  it("v1 → v2: an added property and enum member are minor, named in the changeset", async () => {
    const diff = await compare("v1", "v2");
    expect(diff.changes.map((c) => [c.kind, c.text, c.bump])).toEqual([
      ["added", "property `Connection.agentVersion` (string)", "minor"],
      ["added", "enum member `TrafficType.Microsoft365`", "minor"],
    ]);
    expect(bumps(diff)).toEqual({
      "@netaccess/client": "minor",
      "@netaccess/enums": "minor",
      "@netaccess/fixtures": "minor",
    });
    expect(summaryOf(diff, "@netaccess/client")).toBe(
      "Regenerated from the spec.\n\nAdded: property `Connection.agentVersion` (string); enum member `TrafficType.Microsoft365`.",
    );
    expect(summaryOf(diff, "@netaccess/enums")).toContain("Added: enum member `TrafficType.Microsoft365`.");
    expect(summaryOf(diff, "@netaccess/enums")).not.toContain("agentVersion");
  });

  it("v2 → v3: a removed property is major, for the client and the package that uses the model", async () => {
    const diff = await compare("v2", "v3");
    expect(diff.changes.map((c) => c.text)).toEqual(["property `Connection.destinationFqdn` (string)"]);
    expect(bumps(diff)).toEqual({ "@netaccess/client": "major", "@netaccess/fixtures": "major" });
    expect(summaryOf(diff, "@netaccess/client")).toContain(
      "Removed: property `Connection.destinationFqdn` (string).",
    );
  });

  it("v3 → v4: an optional function parameter renames the function builder, which is major", async () => {
    const diff = await compare("v3", "v4");
    const texts = diff.changes.map((c) => `${c.kind} ${c.text}`);
    expect(texts).toContain(
      "removed method `ReportsRequestBuilder.microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTime(endDateTime, startDateTime)`",
    );
    expect(texts).toContain(
      "added method `ReportsRequestBuilder.microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentId(endDateTime, startDateTime)`",
    );
    expect(texts).toContain(
      "removed request builder `MicrosoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeRequestBuilder`",
    );
    expect(bumps(diff)).toEqual({ "@netaccess/client": "major" });
  });

  it("v4 → v5: a description-only edit is a patch with no API change", async () => {
    const diff = await compare("v4", "v5");
    expect(diff.changes).toEqual([]);
    expect(diff.codeChange).toBe("docs");
    expect(diff.releases).toEqual([
      {
        name: "@netaccess/client",
        bump: "patch",
        summary: "Regenerated from the spec: only descriptions changed; the public API is unchanged.",
      },
    ]);
  });

  it("v5 → v6: a property made required is major although the generated files do not change", async () => {
    const diff = await compare("v5", "v6");
    expect(diff.codeChange).toBe("none");
    expect(diff.changes.map((c) => [c.text, c.bump])).toEqual([
      ["property `Destination.fqdn` is now required", "major"],
    ]);
    expect(bumps(diff)).toEqual({ "@netaccess/client": "major" });
  });

  it("an unchanged spec gives no change and no release", async () => {
    const diff = await compare("v6", "v6");
    expect(diff).toEqual({ changes: [], codeChange: "none", releases: [], notes: [] });
  });

  it("a code change without API change (another base URL) is a patch", async () => {
    const path = join(workspace, "moved-server.yaml");
    const v1 = generations.get("v1")!;
    await writeFile(
      path,
      v1.specText.replace("https://graph.microsoft.com/beta", "https://graph.microsoft.us/beta"),
    );
    const diff = await compareGenerations(v1, await generateFrom(path));
    expect(diff.changes).toEqual([]);
    expect(diff.codeChange).toBe("code");
    expect(bumps(diff)).toEqual({ "@netaccess/client": "patch" });
  });

  it("a base without a dump counts every symbol as added and says what it could not compare", async () => {
    const diff = await compareGenerations(undefined, generations.get("v1")!, "HEAD");
    expect(diff.changes.every((c) => c.kind === "added")).toBe(true);
    expect(diff.changes.map((c) => c.text)).toContain(
      "enum `TrafficType` (Internet, Private, UnknownFutureValue)",
    );
    expect(bumps(diff)["@netaccess/client"]).toBe("minor");
    expect(diff.notes).toEqual([
      "HEAD has no kiota-dom-export.txt: every symbol counts as added",
      "required properties were not compared: the spec HEAD was generated from is unknown",
    ]);
  });

  it("never releases a private package, nor one that names a symbol only in a comment", async () => {
    const diff = await compare("v1", "v2");
    const names = diff.releases.map((r) => r.name);
    expect(names).not.toContain("@netaccess/internal-tools");
    expect(names).not.toContain("@netaccess/pagination");
  });
});
