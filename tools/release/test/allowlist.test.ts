import { describe, expect, it } from "vitest";
import { allowedByFiles } from "../src/allowlist.ts";
import { entryPoints, targetExists } from "../src/entry-points.ts";

describe("allowedByFiles", () => {
  const files = ["dist", "!dist/**/*.map", "docs/*.md", "./CHANGELOG.md"];

  it.each([
    ["dist/index.js", true],
    ["dist/deep/a/b.d.ts", true],
    ["dist/index.js.map", false],
    ["docs/guide.md", true],
    ["docs/nested/guide.md", false],
    ["CHANGELOG.md", true],
    ["src/index.ts", false],
    ["distribution/x.js", false],
    ["package.json", true],
    ["README.md", true],
    ["LICENSE", true],
  ])("%s → %s", (path, allowed) => {
    expect(allowedByFiles(path, files)).toBe(allowed);
  });

  it("lets a later entry put back what an earlier one took out, as npm does", () => {
    expect(allowedByFiles("dist/keep.js.map", [...files, "dist/keep.js.map"])).toBe(true);
  });
});

describe("entryPoints", () => {
  it("collects main, types, bin and every exports target without the leading ./", () => {
    const points = entryPoints({
      main: "./dist/index.js",
      types: "dist/index.d.ts",
      bin: "./dist/cli.js",
      exports: { ".": { types: "./dist/index.d.ts", import: ["./dist/index.js"] }, "./x": null },
    });
    expect(points).toEqual([
      { field: "main", target: "dist/index.js" },
      { field: "types", target: "dist/index.d.ts" },
      { field: "bin", target: "dist/cli.js" },
      { field: 'exports["."]["types"]', target: "dist/index.d.ts" },
      { field: 'exports["."]["import"][0]', target: "dist/index.js" },
    ]);
  });

  it("resolves * patterns against the file list", () => {
    const paths = new Set(["dist/a/b.js", "dist/c.js"]);
    expect(targetExists("dist/*.js", paths)).toBe(true);
    expect(targetExists("dist/*.cjs", paths)).toBe(false);
    expect(targetExists("dist/c.js", paths)).toBe(true);
    expect(targetExists("dist/d.js", paths)).toBe(false);
  });
});
