import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/generate.ts";
import { runCli } from "../support/cli.ts";
import { repoRoot } from "../support/paths.ts";
import { type ScratchOut, scratchOut } from "../support/scratch-spec.ts";

const committedOut = join(repoRoot, "packages/client/src/generated");
const specPath = join(repoRoot, "specs/networkaccess.yaml");

/** Every file under `dir` with its bytes and modification time, by relative path. */
async function snapshot(dir: string): Promise<Map<string, { bytes: Buffer; mtimeMs: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const pairs = await Promise.all(
    files.map(async (file) => {
      const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
      return [relative(dir, file), { bytes, mtimeMs: info.mtimeMs }] as const;
    }),
  );
  return new Map(pairs.sort(([a], [b]) => a.localeCompare(b)));
}

/** A scratch output folder configured like the committed client, on a copy of our spec. */
async function clientLikeOut(specText: string): Promise<ScratchOut> {
  const { descriptionLocation: _ignored, ...settings } = JSON.parse(
    await readFile(join(committedOut, LOCK_FILE), "utf8"),
  ) as Record<string, unknown>;
  return scratchOut(specText, settings);
}

const scratches: ScratchOut[] = [];
let specText: string;

beforeAll(async () => {
  specText = await readFile(specPath, "utf8");
});

afterAll(async () => {
  await Promise.all(scratches.map((s) => s.remove()));
});

async function generatedOut(text: string): Promise<ScratchOut> {
  const scratch = await clientLikeOut(text);
  scratches.push(scratch);
  const result = await runCli(["generate", "--out", scratch.outDir]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return scratch;
}

describe("determinism", () => {
  it("two runs from the same spec give byte-identical trees", async () => {
    const [first, second] = await Promise.all([generatedOut(specText), generatedOut(specText)]);
    const a = await snapshot(first!.outDir);
    const b = await snapshot(second!.outDir);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.size).toBeGreaterThan(10);
    for (const [path, file] of a) expect(file.bytes.equals(b.get(path)!.bytes), path).toBe(true);
  });

  it("a second run on an unchanged spec reports no changes and touches no file", async () => {
    const scratch = await generatedOut(specText);
    const before = await snapshot(scratch.outDir);
    const again = await runCli(["generate", "--out", scratch.outDir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^no changes \(\d+ files, \d+ ms\)\n$/);
    const after = await snapshot(scratch.outDir);
    for (const [path, file] of before) expect(after.get(path)?.mtimeMs, path).toBe(file.mtimeMs);

    const check = await runCli(["generate", "--out", scratch.outDir, "--check"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(`generated code is up to date (${before.size} files)\n`);
  });

  it("--check on a changed spec exits 1 with the fix-it message and writes nothing", async () => {
    const scratch = await generatedOut(specText);
    const before = await snapshot(scratch.outDir);
    const changed = specText.replace(
      "            homeTenantId:\n",
      "            homeRegion:\n              type: string\n              nullable: true\n            homeTenantId:\n",
    );
    expect(changed).not.toBe(specText);
    await writeFile(scratch.specPath, changed);

    const check = await runCli(["generate", "--out", scratch.outDir, "--check"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("generated code differs from the spec:");
    expect(check.stderr).toContain("~ models/networkaccess/index.ts");
    expect(check.stderr).toContain("~ kiota-lock.json");
    expect(check.stderr).toContain(
      "Run `pnpm generate` and commit the result; never edit src/generated/ by hand.",
    );
    const after = await snapshot(scratch.outDir);
    for (const [path, file] of before) expect(after.get(path)?.bytes.equals(file.bytes), path).toBe(true);
  });

  it("the committed client is what the spec generates", async () => {
    const check = await runCli(["generate", "--out", committedOut, "--check"]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
  });
});
