#!/usr/bin/env -S node --experimental-strip-types --disable-warning=ExperimentalWarning
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { runSpecDiff } from "./diff/run-spec-diff.ts";
import { exitWith } from "./exit.ts";
import { helpAsked } from "./help.ts";

const usage = `usage: spec-diff --out <dir> [--base <git-rev>] [--write]

Compares the generated client in <dir>, as Kiota last wrote it, with the one committed at
<git-rev>: its public API (Kiota's kiota-dom-export.txt), the required properties of the
spec, and the generated code. Prints the changes and the bump per package.
  --out <dir>       the generated client (holds kiota-lock.json and kiota-dom-export.txt).
  --base <git-rev>  what to compare with; default HEAD.
  --write           write one changeset per package to release into .changeset/, replacing
                    this tool's uncommitted ones; committed changesets are never touched.
  --help            this text.`;

async function main(): Promise<number> {
  if (helpAsked(usage)) return 0;
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      base: { type: "string", default: "HEAD" },
      write: { type: "boolean", default: false },
    },
  });
  if (!values.out || positionals.length > 0) {
    console.error(usage);
    return 2;
  }
  await runSpecDiff({ outDir: resolve(values.out), base: values.base, write: values.write });
  return 0;
}

exitWith(main);
