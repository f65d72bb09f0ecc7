// The summary reporter in a real vitest run: per-area lines for the hardening project only, counted from
// task.meta.attacks, printed before vitest's own closing summary (CI output must end with vitest's lines).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const fixture = fileURLToPath(new URL("../fixture/", import.meta.url));
const vitestBin = fileURLToPath(new URL("../../../../node_modules/vitest/vitest.mjs", import.meta.url));

it("prints tried and held per area before vitest's summary, and only for the hardening project", () => {
  const run = spawnSync(process.execPath, [vitestBin, "run", "--root", fixture, "--color=false"], {
    encoding: "utf8",
    env: { ...process.env, CI: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  expect(run.status).toBe(1);
  const lines = run.stdout.split("\n").map((line) => line.trimEnd());
  const heading = lines.indexOf(" Hardening: attacks tried and held per area");
  expect(heading).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf("", heading);
  const block = lines.slice(heading + 1, end).map((line) => line.trim().split(/\s+/).join(" "));
  // The other project's test (1000 attacks) is not counted, and the skipped one (100) is not tried.
  expect(block).toEqual([
    "cursors 3 tried 0 held (3 broke)",
    "tokens 6 tried 6 held",
    "total 9 tried 6 held (3 broke)",
  ]);
  const testsLine = lines.findIndex((line) => /^\s*Tests\s+1 failed/.test(line));
  expect(testsLine).toBeGreaterThan(heading);
  const lastWords = lines.filter((line) => line.trim() !== "").at(-1) ?? "";
  expect(lastWords).not.toContain("tried");
});
