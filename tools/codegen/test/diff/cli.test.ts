import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseChangesetFile } from "@changesets/parse";
import { generate, readLock } from "../../src/generate.ts";
import { applyTree, diffTree } from "../../src/write-tree.ts";
import { commitScratchRepository } from "../../src/diff/scratch-repo.ts";
import { committedOut, fixturePath } from "./support/paths.ts";
import { runCli } from "./support/run-cli.ts";
import { createWorkspace, samplePackages, writeFiles } from "./support/workspace.ts";

const OUT = "packages/client/src/generated";
const COMMITTED = "client-spec-0badc0de.md";
let workspace: string;

const useSpec = async (version: string) =>
  writeFiles(workspace, { "specs/networkaccess.yaml": await readFile(fixturePath(version), "utf8") });

async function specChangesets(): Promise<Map<string, string>> {
  const dir = join(workspace, ".changeset");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".md")).toSorted();
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), "utf8")] as const)),
  );
}

async function generatedTree(): Promise<Map<string, string>> {
  const dir = join(workspace, OUT);
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(
    await Promise.all(
      names.map(
        async (e) =>
          [join(e.parentPath, e.name), await readFile(join(e.parentPath, e.name), "utf8")] as const,
      ),
    ),
  );
}

beforeAll(async () => {
  workspace = await createWorkspace(samplePackages);
  await useSpec("v1");
  const outDir = join(workspace, OUT);
  const lock = {
    ...(await readLock(committedOut)),
    descriptionLocation: "../../../../specs/networkaccess.yaml",
  };
  await writeFiles(outDir, { "kiota-lock.json": JSON.stringify(lock) });
  const tree = await generate(outDir, lock);
  await applyTree(outDir, tree.files, await diffTree(outDir, tree.files));
  await writeFiles(workspace, {
    [`.changeset/${COMMITTED}`]:
      '---\n"@netaccess/client": minor\n---\n\nAn earlier spec change, already committed.\n',
  });
  await commitScratchRepository(workspace);
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe("spec-diff-cli", () => {
  it("writes no changeset when the spec is unchanged", async () => {
    const result = await runCli(workspace, ["--out", OUT, "--write"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "no changes: the public API and the generated code match HEAD; no changeset needed.",
    );
    expect([...(await specChangesets()).keys()]).toEqual([COMMITTED]);
  });

  it("writes parseable changesets for the client and the packages using changed symbols, once", async () => {
    await useSpec("v2");
    const treeBefore = await generatedTree();
    const result = await runCli(workspace, ["--out", OUT, "--write"]);
    expect(result.code).toBe(0);
    const written = [...(await specChangesets())].filter(([name]) => name !== COMMITTED);
    const parsed = written.map(([name, content]) => ({ name, ...parseChangesetFile(content) }));
    expect(parsed.map((p) => p.releases)).toEqual([
      [{ name: "@netaccess/client", type: "minor" }],
      [{ name: "@netaccess/enums", type: "minor" }],
      [{ name: "@netaccess/fixtures", type: "minor" }],
    ]);
    expect(parsed.map((p) => p.name.replace(/[0-9a-f]{8}\.md$/, ""))).toEqual([
      "client-spec-",
      "enums-spec-",
      "fixtures-spec-",
    ]);
    const client = parsed[0]!.summary;
    expect(client).toContain(
      "Added: property `Connection.agentVersion` (string); enum member `TrafficType.Microsoft365`.",
    );
    expect(result.stdout).toContain("@netaccess/client: minor\n  Regenerated from the spec.");
    expect(result.stdout).toContain(`wrote .changeset/${parsed[0]!.name}`);
    expect(await generatedTree()).toEqual(treeBefore);

    const again = await runCli(workspace, ["--out", OUT, "--write"]);
    expect(again.code).toBe(0);
    expect([...(await specChangesets())].filter(([name]) => name !== COMMITTED)).toEqual(written);
  });

  it("replaces its own uncommitted changesets when the spec changes again, keeping committed ones", async () => {
    const previous = [...(await specChangesets()).keys()].filter((n) => n !== COMMITTED);
    await useSpec("v3");
    const result = await runCli(workspace, ["--out", OUT, "--write"]);
    expect(result.code).toBe(0);
    for (const name of previous) expect(result.stdout).toContain(`removed superseded .changeset/${name}`);
    const files = await specChangesets();
    expect(files.has(COMMITTED)).toBe(true);
    for (const name of previous) expect(files.has(name)).toBe(false);
    const client = [...files].find(([name]) => name.startsWith("client-spec-") && name !== COMMITTED)!;
    expect(parseChangesetFile(client[1]).releases).toEqual([{ name: "@netaccess/client", type: "major" }]);
    expect(client[1]).toContain("Removed: property `Connection.destinationFqdn` (string).");
  });

  it("removes its uncommitted changesets when the spec is back to the committed one", async () => {
    await useSpec("v1");
    const result = await runCli(workspace, ["--out", OUT, "--write"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("no changes");
    expect([...(await specChangesets()).keys()]).toEqual([COMMITTED]);
  });

  it("compares with the files on disk when asked, without writing", async () => {
    await useSpec("v6");
    const result = await runCli(workspace, ["--out", OUT, "--on-disk"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("compared with files on disk");
    expect(result.stdout).toContain("property `Destination.fqdn` is now required");
    expect(result.stdout).toContain("@netaccess/client: major");
    expect([...(await specChangesets()).keys()]).toEqual([COMMITTED]);
  });

  it("with --apply writes the regenerated tree too, and only once", async () => {
    await useSpec("v2");
    const result = await runCli(workspace, ["--out", OUT, "--apply"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/generated tree: \d+ files written/);
    const dump = await readFile(join(workspace, OUT, "kiota-dom-export.txt"), "utf8");
    expect(dump).toContain("Connection::|public|agentVersion:string");
    const again = await runCli(workspace, ["--out", OUT, "--apply", "--on-disk"]);
    expect(again.stdout).toContain("generated tree already up to date");
    expect(again.stdout).toContain("no changes: the public API and the generated code match files on disk");
  });

  it("fails on a spec that does not validate, leaving the tree and .changeset untouched", async () => {
    const v2 = await readFile(fixturePath("v2"), "utf8");
    await writeFile(
      join(workspace, "specs/networkaccess.yaml"),
      v2.replace(
        "operationId: networkAccess.logs.GetConnections",
        "operationId: networkAccess.logs.ListConnections",
      ),
    );
    const treeBefore = await generatedTree();
    const result = await runCli(workspace, ["--out", OUT, "--write", "--apply"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the spec does not validate");
    expect(result.stderr).toContain("`networkAccess.logs.ListConnections` is duplicated");
    expect(await generatedTree()).toEqual(treeBefore);
    expect([...(await specChangesets()).keys()]).toEqual([COMMITTED]);
  });

  it("explains its usage on bad arguments and an unknown revision", async () => {
    expect((await runCli(workspace, [])).code).toBe(2);
    expect((await runCli(workspace, ["--out", OUT, "--base", "HEAD", "--on-disk"])).code).toBe(2);
    await useSpec("v1");
    const unknown = await runCli(workspace, ["--out", OUT, "--base", "no-such-rev"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("--base no-such-rev: not a commit");
  });
});
