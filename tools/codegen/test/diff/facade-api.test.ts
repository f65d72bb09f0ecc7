import { access, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffDomExports } from "../../src/diff/api-changes.ts";
import { memoryBase } from "../../src/diff/base-tree.ts";
import { classifyFileChanges } from "../../src/diff/code-changes.ts";
import { parseDomExport } from "../../src/diff/dom-entries.ts";
import { clientDir, compile, copyClient, facadeDeclarations, typeTestFiles } from "./support/client-copy.ts";
import { type Generation, generateFrom } from "./support/generation.ts";
import { withOptionalReportParameter } from "./support/optional-parameter.ts";
import { committedOut, repoRoot } from "./support/paths.ts";

/** The one facade file allowed to name generated function accessors. */
const NAMES_FILE = "src/facade/generated-names.ts";
const temporary: string[] = [];
let committed: Generation;
let renamed: Generation;

beforeAll(async () => {
  const specPath = join(repoRoot, "specs/networkaccess.yaml");
  committed = await generateFrom(specPath);
  const dir = await mkdtemp(join(tmpdir(), "renamed-spec-"));
  temporary.push(dir);
  await writeFile(
    join(dir, "spec.yaml"),
    withOptionalReportParameter(await readFile(specPath, "utf8"), "agentVirtualId"),
  );
  renamed = await generateFrom(join(dir, "spec.yaml"));
});

afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

async function copyWith(generation: Generation): Promise<string> {
  const dir = await copyClient(generation.tree.files);
  temporary.push(dir);
  return dir;
}

/** The function accessors Kiota generated on the reports builder. */
const reportAccessors = (g: Generation): string[] =>
  parseDomExport(g.tree.files.get("kiota-dom-export.txt")!)
    .filter((e) => e.kind === "method" && e.owner.endsWith(".ReportsRequestBuilder"))
    .map((e) => e.member);

/** The name part the accessor shares with its builder, response type and folder. */
const accessorStem = (name: string): string => name.replace(/^microsoftGraphNetworkaccess/, "");

/** The generated function accessor's name before and after, read from the two dumps. */
function renamedAccessor(): { from: string; to: string } {
  const [from] = reportAccessors(committed).filter((m) => !reportAccessors(renamed).includes(m));
  const [to] = reportAccessors(renamed).filter((m) => !reportAccessors(committed).includes(m));
  return { from: from!, to: to! };
}

/** Facade sources that mention `text`, relative to the client package. */
async function facadeFilesMentioning(text: string): Promise<string[]> {
  const dir = join(clientDir, "src/facade");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".ts")).toSorted();
  const hits = await Promise.all(
    names.map(async (n) => ((await readFile(join(dir, n), "utf8")).includes(text) ? [n] : [])),
  );
  return hits.flat().map((n) => `src/facade/${n}`);
}

describe("an optional function parameter that renames Kiota's function builder", () => {
  it("is a major change of the generated API", async () => {
    const committedDump = await readFile(join(committedOut, "kiota-dom-export.txt"), "utf8");
    expect(committed.tree.files.get("kiota-dom-export.txt")).toBe(committedDump);
    const changes = diffDomExports(committedDump, renamed.tree.files.get("kiota-dom-export.txt")!);
    const { from, to } = renamedAccessor();
    expect(changes).toContainEqual(
      expect.objectContaining({
        kind: "removed",
        bump: "major",
        text: expect.stringContaining(`\`ReportsRequestBuilder.${from}(`),
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        kind: "added",
        bump: "minor",
        text: expect.stringContaining(`\`ReportsRequestBuilder.${to}(`),
      }),
    );
    const base = memoryBase("HEAD", committed.tree.files, committed.specText);
    expect(classifyFileChanges(await base.changedFiles(renamed.tree.files))).toBe("code");
  });

  it("leaves the facade's declarations and public type tests unchanged once its one names file follows", async () => {
    const baseline = await copyWith(committed);
    expect((await compile(baseline)).output, "the facade compiles against the committed client").toBe("");

    const { from, to } = renamedAccessor();
    expect(await facadeFilesMentioning(accessorStem(from))).toEqual([NAMES_FILE]);
    const regenerated = await copyWith(renamed);
    expect((await compile(regenerated)).errorFiles).toContain(NAMES_FILE);

    const namesFile = join(regenerated, NAMES_FILE);
    await writeFile(
      namesFile,
      (await readFile(namesFile, "utf8")).replaceAll(accessorStem(from), accessorStem(to)),
    );
    expect((await compile(regenerated)).output).toBe("");

    const expected = await facadeDeclarations(baseline);
    const actual = await facadeDeclarations(regenerated);
    for (const map of [expected, actual]) map.delete("facade/generated-names.d.ts");
    expect(expected.size).toBeGreaterThan(1);
    expect(actual).toEqual(expected);
    // Every public type test of the client took part in both compilations.
    for (const file of await typeTestFiles()) {
      await access(join(regenerated, "declarations/test", file.replace(/\.ts$/, ".d.ts")));
    }
  });
});
