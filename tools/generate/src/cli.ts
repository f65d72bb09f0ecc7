#!/usr/bin/env -S node --experimental-strip-types --disable-warning=ExperimentalWarning
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { findWorkspaceRoot } from "./diff/workspace.ts";
import { exitWith } from "./exit.ts";
import { helpAsked } from "./help.ts";
import { regenerate } from "./regenerate.ts";
import { diffLines, isEmptyDiff } from "./tree/read-tree.ts";

const usage = `usage: netaccess-generate generate --out <dir> [--check | --write]

Runs Kiota (KIOTA_BIN, or the .NET local tool pinned in .config/dotnet-tools.json, restored
when needed) with \`update --clean-output\` from <dir>/kiota-lock.json into a folder next to
<dir> while the spec is validated, and swaps it in when it differs. A spec that fails
validation or a failing Kiota leaves <dir> untouched. Kiota is skipped when the spec, lock,
Kiota and <dir> are those of the last run.
  --out <dir>  the generated client folder.
  --check      regenerate into a scratch folder only; exit 1 when <dir> differs from it.
  --write      then compare with HEAD (as spec:diff does) and write the changesets.
  --help       this text.`;

async function main(): Promise<number> {
  if (helpAsked(usage)) return 0;
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      check: { type: "boolean", default: false },
      write: { type: "boolean", default: false },
    },
  });
  if (
    positionals.length !== 1 ||
    positionals[0] !== "generate" ||
    !values.out ||
    (values.check && values.write)
  ) {
    console.error(usage);
    return 2;
  }
  const started = performance.now();
  const outDir = resolve(values.out);
  // spec:diff's code and its reads of HEAD do not depend on Kiota's output: start them now.
  const specDiff = values.write
    ? import("./diff/run-spec-diff.ts").then((m) => ({ m, baseTree: m.prefetchBase(outDir, "HEAD") }))
    : undefined;
  specDiff?.catch(() => undefined);
  const result = await regenerate({ outDir, root: await findWorkspaceRoot(outDir), check: values.check });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  const kiota = result.kiotaMs === undefined ? "Kiota not needed" : `Kiota ${Math.round(result.kiotaMs)} ms`;
  const timing = `${kiota}, total ${Math.round(performance.now() - started)} ms`;
  const files = diffLines(result.diff);
  if (values.check) {
    if (isEmptyDiff(result.diff)) {
      console.log(`generated code is up to date with Kiota's output (${result.fileCount} files; ${timing})`);
      return 0;
    }
    console.error(
      `generated code differs from what Kiota writes for the spec:\n${files.join("\n")}\n` +
        "Run `pnpm generate` and commit the result; never edit src/generated/ by hand.",
    );
    return 1;
  }
  console.log(
    isEmptyDiff(result.diff)
      ? `no changes (${result.fileCount} files; ${timing})`
      : `${files.join("\n")}\n${files.length} file${files.length === 1 ? "" : "s"} changed (${timing})`,
  );
  if (specDiff) {
    const { m, baseTree } = await specDiff;
    await m.runSpecDiff({ outDir, base: "HEAD", write: true, baseTree });
  }
  return 0;
}

exitWith(main);
