import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const packagesDir = join(here, "../../../packages");

/** Every publishable workspace package, read from disk so a new one is covered without an edit here. */
const publishable = readdirSync(packagesDir)
  .map((dir) => JSON.parse(readFileSync(join(packagesDir, dir, "package.json"), "utf8")) as PackageJson)
  .filter((pkg) => pkg.private !== true);

interface PackageJson {
  name: string;
  private?: boolean;
  exports: Record<string, string | Record<string, string>>;
}

const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });

describe("CommonJS consumers (Node >= 22.12 loads our ESM through require)", () => {
  it("every entry point of every package declares types first and a default condition", () => {
    for (const pkg of publishable) {
      for (const [subpath, target] of Object.entries(pkg.exports)) {
        if (typeof target === "string") continue; // ./package.json
        expect(Object.keys(target), `${pkg.name} ${subpath}`).toEqual(["types", "default"]);
      }
    }
  });

  it("plain require() of every package returns the same exports as import", async () => {
    const names = publishable.map((pkg) => pkg.name);
    const result = run(process.execPath, [join(here, "fixtures/require-all.cjs"), ...names], here);
    expect(result.stderr).toBe("");
    const required = JSON.parse(result.stdout) as Record<string, string[]>;
    for (const name of names) {
      const imported = Object.keys(await import(name)).sort();
      expect(required[name], name).toEqual(imported);
      expect(imported.length, name).toBeGreaterThan(0);
    }
  });

  it("a TypeScript CommonJS project (module nodenext) type-checks, compiles to require() and runs", () => {
    const manifest = createRequire(import.meta.url).resolve("typescript/package.json");
    const tsc = join(manifest, "..", "bin/tsc");
    const project = join(here, "fixtures/cjs-project");
    const outDir = mkdtempSync(join(tmpdir(), "netaccess-cjs-"));
    try {
      const compiled = run(
        process.execPath,
        [tsc, "-p", project, "--noEmit", "false", "--outDir", outDir],
        project,
      );
      expect(compiled.stdout + compiled.stderr).toBe("");
      const emitted = readFileSync(join(outDir, "consumer.js"), "utf8");
      expect(emitted).toContain('require("@netaccess/client")');
      // Run it from the project folder so require() resolves the packages the way the type check did.
      writeFileSync(join(project, ".consumer.cjs"), emitted.replace(/^\s*\/\/# sourceMappingURL.*$/m, ""));
      const executed = run(
        process.execPath,
        ["-e", 'console.log(require("./.consumer.cjs").loaded.length)'],
        project,
      );
      expect(executed.stderr).toBe("");
      expect(executed.stdout.trim()).toBe("5");
    } finally {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(join(project, ".consumer.cjs"), { force: true });
    }
  });
});
