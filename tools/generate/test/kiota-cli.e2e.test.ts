// `generate` and `generate --check` with real Kiota (needs .NET or KIOTA_BIN), in a small workspace
// holding the spec, the tool manifest and a copy of the committed generated client.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTree } from "../src/tree/read-tree.ts";
import { failInCiWithoutKiota, kiotaAvailable } from "./support/kiota-available.ts";
import { GENERATED, SPEC, generateCli, repoRoot } from "./support/paths.ts";
import { runNode } from "./support/run-node.ts";
import { createSmallWorkspace } from "./support/small-workspace.ts";
import { changeDescription } from "./support/spec-edits.ts";

const MODELS = "models/networkaccess/index.ts";
const available = await kiotaAvailable();

const runKiotaSuites = failInCiWithoutKiota(available);

describe.runIf(runKiotaSuites)("generate with real Kiota", () => {
  let workspace: string;
  const generate = (...args: string[]) =>
    runNode(generateCli, ["generate", "--out", GENERATED, ...args], { cwd: workspace });
  const generated = () => readTree(join(workspace, GENERATED));

  beforeAll(async () => {
    workspace = await createSmallWorkspace();
  });

  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it("finds the committed tree identical to Kiota's output", async () => {
    const result = await generate("--check");
    expect(result.stdout).toContain("generated code is up to date with Kiota's output (13 files;");
    expect(result.code).toBe(0);
    expect(await generated()).toEqual(await readTree(join(repoRoot, GENERATED)));
  });

  it("with --check, fails on a hand edit and names the file, changing nothing", async () => {
    const path = join(workspace, GENERATED, MODELS);
    await writeFile(path, `${await readFile(path, "utf8")}// edited by hand\n`);
    const before = await generated();
    const result = await generate("--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `generated code differs from what Kiota writes for the spec:\n~ ${MODELS}\n`,
    );
    expect(await generated()).toEqual(before);
  });

  it("regenerates over a hand edit, then skips Kiota while nothing changes", async () => {
    const restored = await generate();
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`~ ${MODELS}\n1 file changed (Kiota `);
    expect(await generated()).toEqual(await readTree(join(repoRoot, GENERATED)));
    const again = await generate();
    expect(again.stdout).toMatch(/^no changes \(13 files; Kiota not needed, total \d+ ms\)/);
  });

  it("runs Kiota again when the spec changes, and writes what it wrote", async () => {
    const spec = join(workspace, SPEC);
    await writeFile(spec, changeDescription(await readFile(spec, "utf8")));
    const result = await generate();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`~ kiota-lock.json\n~ ${MODELS}\n2 files changed (Kiota `);
    expect(await readFile(join(workspace, GENERATED, MODELS), "utf8")).toContain(
      "Version of the Global Secure Access client that handled the connection.",
    );
    expect((await generate("--check")).code).toBe(0);
  });
});
