import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTree } from "../src/tree/read-tree.ts";
import { GENERATED, SPEC, generateCli } from "./support/paths.ts";
import { runNode } from "./support/run-node.ts";
import { createSmallWorkspace } from "./support/small-workspace.ts";

let workspace: string;

/** An environment where neither `dotnet` nor KIOTA_BIN can be found. */
const withoutKiota = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: "/nonexistent" };
  delete env.KIOTA_BIN;
  return env;
};
const generate = (args: string[], env: NodeJS.ProcessEnv) =>
  runNode(generateCli, ["generate", "--out", GENERATED, ...args], { cwd: workspace, env });

beforeAll(async () => {
  workspace = await createSmallWorkspace();
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe("pnpm generate without Kiota at hand", () => {
  it("lists its options", async () => {
    const result = await runNode(generateCli, ["--help"], { cwd: workspace });
    expect(result.code).toBe(0);
    for (const option of ["--out <dir>", "--check", "--write", "--help", "KIOTA_BIN"])
      expect(result.stdout).toContain(option);
    expect((await runNode(generateCli, ["generate"], { cwd: workspace })).code).toBe(2);
  });

  it("says what to install when there is neither .NET nor KIOTA_BIN, touching nothing", async () => {
    const before = await readTree(join(workspace, GENERATED));
    const result = await generate([], withoutKiota());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "error: Kiota is needed to regenerate the client. Install the .NET SDK 8",
    );
    expect(result.stderr).toContain("set KIOTA_BIN");
    expect(await readTree(join(workspace, GENERATED))).toEqual(before);
  });

  it("refuses a KIOTA_BIN that is not an executable", async () => {
    const result = await generate([], { ...withoutKiota(), KIOTA_BIN: join(workspace, "no-such-kiota") });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `KIOTA_BIN=${join(workspace, "no-such-kiota")} is not an executable file`,
    );
  });

  it("leaves the tree untouched and shows Kiota's output when Kiota fails", async () => {
    const before = await readTree(join(workspace, GENERATED));
    const result = await generate(["--check"], { ...withoutKiota(), KIOTA_BIN: "/bin/false" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: KIOTA_BIN=/bin/false update failed");
    expect(await readTree(join(workspace, GENERATED))).toEqual(before);
    expect(await readTree(join(workspace, "packages/client/src"))).toEqual(
      new Map([...before].map(([path, content]) => [`generated/${path}`, content])),
    );
  });

  it("stops on a spec that does not validate before Kiota runs, leaving the tree untouched", async () => {
    const spec = await readFile(join(workspace, SPEC), "utf8");
    const duplicated = spec.replace(
      "operationId: networkAccess.logs.GetConnections",
      "operationId: networkAccess.logs.ListConnections",
    );
    expect(duplicated).not.toBe(spec);
    await writeFile(join(workspace, SPEC), duplicated);
    try {
      const before = await readTree(join(workspace, GENERATED));
      // `true` stands in for a Kiota that succeeds without writing: validation must still stop the run.
      const result = await generate([], { ...withoutKiota(), KIOTA_BIN: "/bin/true" });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("the spec does not validate");
      expect(result.stderr).toContain("`networkAccess.logs.ListConnections` is duplicated");
      expect(await readTree(join(workspace, GENERATED))).toEqual(before);
    } finally {
      await writeFile(join(workspace, SPEC), spec);
    }
  });

  it("refuses an output folder without a kiota-lock.json", async () => {
    const result = await runNode(generateCli, ["generate", "--out", "packages/client"], {
      cwd: workspace,
      env: withoutKiota(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/packages\/client\/kiota-lock\.json: not found/);
  });
});
