import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// The compiler's bin is not among its exports; it sits next to its package.json.
const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
const project = fileURLToPath(new URL("./exact-optional/tsconfig.json", import.meta.url));

describe("options under exactOptionalPropertyTypes", () => {
  // The package's own tsconfig leaves the flag off, so only a compile with it on can show this.
  it("accept explicit undefined for every optional option", async () => {
    const result = await promisify(execFile)(process.execPath, [tsc, "-p", project], {
      encoding: "utf8",
    }).then(
      () => ({ code: 0, output: "" }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code ?? 1, output: error.stdout ?? "" }),
    );

    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  }, 60_000);
});
