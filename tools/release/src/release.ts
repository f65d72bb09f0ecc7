#!/usr/bin/env -S node --experimental-strip-types --disable-warning=ExperimentalWarning
import { parseArgs } from "node:util";
import { PartialReleaseError } from "./publish-each.ts";
import { release } from "./release-flow.ts";
import { ReleaseRefusal } from "./release-refusal.ts";
import { testedCommitEnvVar } from "./head-tests.ts";
import { registryEnvVar, tokenEnvVar } from "./scope.ts";
import { findWorkspaceRoot } from "./workspace.ts";

const usage = `usage: pnpm release [--tag <dist-tag>] [--no-git-tag]
       pnpm release --check

From a clean commit whose \`changeset version\` is done and whose tests pass (run now, or passed in CI:
${testedCommitEnvVar}=<sha>), builds the publishable packages, packs the ones whose version the registry
does not have yet, verifies every tarball, publishes them one by one (re-checking the registry before each)
and tags the commit with each published version.
Needs ${registryEnvVar} (internal registry URL) and ${tokenEnvVar} (publish token).
--check builds, packs and verifies every package without a registry and publishes nothing.`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      allowNegative: true,
      options: {
        check: { type: "boolean", default: false },
        tag: { type: "string" },
        "git-tag": { type: "boolean", default: true },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  try {
    await release({
      root: findWorkspaceRoot(process.cwd()),
      env: process.env,
      check: values.check,
      tag: values.tag,
      gitTag: values["git-tag"],
      log: (line) => console.log(line),
    });
    return 0;
  } catch (error) {
    if (error instanceof PartialReleaseError) {
      console.error(
        `release incomplete: ${error.message}\nfix: Fix the cause and run the release again; it publishes only the versions the registry does not have yet.`,
      );
      return 1;
    }
    if (error instanceof ReleaseRefusal) {
      console.error(`release refused: ${error.message}\nfix: ${error.fix}`);
      return 1;
    }
    console.error(`release failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
