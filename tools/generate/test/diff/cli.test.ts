import { cp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseChangesetFile } from "@changesets/parse";
import { commitScratchRepository } from "../support/scratch-repo.ts";
import { GENERATED, SPEC, repoRoot, specDiffCli } from "../support/paths.ts";
import { runNode } from "../support/run-node.ts";
import { createWorkspace, samplePackages, writeFiles } from "./support/workspace.ts";

const COMMITTED = "client-spec-0badc0de.md";
const MODELS = join(GENERATED, "models/networkaccess/index.ts");
let workspace: string;
let models: string;

const specDiff = (args: string[]) => runNode(specDiffCli, ["--out", GENERATED, ...args], { cwd: workspace });

async function changesets(): Promise<Map<string, string>> {
  const dir = join(workspace, ".changeset");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".md")).toSorted();
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), "utf8")] as const)),
  );
}

beforeAll(async () => {
  workspace = await createWorkspace(samplePackages);
  await cp(join(repoRoot, GENERATED), join(workspace, GENERATED), { recursive: true });
  await cp(join(repoRoot, SPEC), join(workspace, SPEC));
  await writeFiles(workspace, {
    [`.changeset/${COMMITTED}`]:
      '---\n"@netaccess/client": minor\n---\n\nAn earlier spec change, already committed.\n',
  });
  await commitScratchRepository(workspace);
  models = await readFile(join(workspace, MODELS), "utf8");
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe("spec:diff on the committed Kiota tree", () => {
  it("lists its options", async () => {
    const result = await runNode(specDiffCli, ["--help"], { cwd: workspace });
    expect(result.code).toBe(0);
    for (const option of ["--out <dir>", "--base <git-rev>", "--write", "--help"])
      expect(result.stdout).toContain(option);
  });

  it("writes no changeset when the tree matches HEAD", async () => {
    const result = await specDiff(["--write"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(
      "no changes: the public API and the generated code match HEAD; no changeset needed.",
    );
    expect([...(await changesets()).keys()]).toEqual([COMMITTED]);
  });

  it("bumps only the client, as a patch, when only generated descriptions differ", async () => {
    const edited = models.replace(/\/\*\*\n(\s+)\* /, "/**\n$1* Reworded. ");
    expect(edited).not.toBe(models);
    await writeFile(join(workspace, MODELS), edited);
    const result = await specDiff(["--write"]);
    expect(result.code).toBe(0);
    const written = [...(await changesets())].filter(([name]) => name !== COMMITTED);
    expect(written.map(([, content]) => parseChangesetFile(content).releases)).toEqual([
      [{ name: "@netaccess/client", type: "patch" }],
    ]);
    expect(written[0]![1]).toContain("only descriptions changed; the public API is unchanged");
  });

  it("removes its own uncommitted changesets once the tree is back to HEAD, keeping committed ones", async () => {
    const before = [...(await changesets()).keys()].filter((n) => n !== COMMITTED);
    expect(before).toHaveLength(1);
    await writeFile(join(workspace, MODELS), models);
    const result = await specDiff(["--write"]);
    expect(result.stdout).toContain(`removed superseded .changeset/${before[0]}`);
    expect([...(await changesets()).keys()]).toEqual([COMMITTED]);
  });

  it("refuses a dump line Kiota does not write, naming it", async () => {
    const dump = join(workspace, GENERATED, "kiota-dom-export.txt");
    const text = await readFile(dump, "utf8");
    await writeFile(dump, `${text}ApiSdk.models.Entity::odd line\n`);
    try {
      const result = await specDiff([]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        "error: unrecognised kiota-dom-export line: ApiSdk.models.Entity::odd line\n",
      );
    } finally {
      await writeFile(dump, text);
    }
  });

  it("explains its usage on bad arguments and names an unknown revision", async () => {
    expect((await runNode(specDiffCli, [], { cwd: workspace })).code).toBe(2);
    expect((await specDiff(["extra"])).code).toBe(2);
    const unknown = await specDiff(["--base", "no-such-rev"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("--base no-such-rev: not a commit");
  });
});
