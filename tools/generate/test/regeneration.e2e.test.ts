// Regeneration end to end, with real Kiota: in one scratch copy of the workspace, five spec edits are
// made one at a time, as a user would, each followed by `pnpm generate` and checks, then committed.
// After each edit: `pnpm generate` (Kiota, spec:diff, changesets); a build of the packages (turbo
// rebuilds what changed); then side by side, as they only read the built packages: a type-check of
// every package in packages/ (tests included), the vitest projects whose tests read what the edit
// changed (per step in support/regeneration-steps.ts; all of them with REGENERATION_ALL_PROJECTS=1), and
// a compile of consumers written against the API before and after the edit (generated from
// kiota-dom-export.txt: exhaustive switches and `match`es over every enum, every model property read).
// It passes only if no file is edited by hand, except the facade's generated-names.ts when Kiota
// renames the destinationReport builder, and if the changesets name exactly the packages whose
// public types changed, a major bump wherever the previous-API consumer stops compiling.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOM_EXPORT_FILE } from "../src/lock.ts";
import { brokenConsumers, promoteConsumer, setUpConsumers, writeConsumer } from "./support/api-consumers.ts";
import { renameInFacade, reportBuilderNames } from "./support/builder-rename.ts";
import { failInCiWithoutKiota, kiotaAvailable } from "./support/kiota-available.ts";
import { GENERATED, SPEC, repoRoot } from "./support/paths.ts";
import { PhaseTimer } from "./support/phase-timer.ts";
import { projectsFor, regenerationSteps } from "./support/regeneration-steps.ts";
import { pnpm, turbo, vitest } from "./support/scratch-commands.ts";
import { changedPaths, commitAll, resetToLastCommit } from "./support/scratch-repo.ts";
import { createScratchWorkspace } from "./support/scratch-workspace.ts";
import { changesetNames, declarations, newChangesets } from "./support/workspace-state.ts";

const FACADE_NAMES = "packages/client/src/facade/generated-names.ts";
const CLIENT = "@netaccess/client";

/** Waits for every check, then throws the first failure: no check keeps running into the next step. */
async function allChecks<T extends readonly unknown[]>(checks: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const settled = await Promise.allSettled(checks);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

const available = await kiotaAvailable();

const runKiotaSuites = failInCiWithoutKiota(available);

describe.runIf(runKiotaSuites)("regeneration with real Kiota, one spec edit at a time", () => {
  let workspace: string;
  let previousDeclarations: Map<string, string>;
  /** Set while a step runs: the next step then starts again from the last step that passed. */
  let unfinished = false;

  const dump = () => readFile(join(workspace, GENERATED, DOM_EXPORT_FILE), "utf8");
  const build = () => turbo(workspace, "build");

  beforeAll(async () => {
    const timer = new PhaseTimer();
    workspace = await timer.time("copy", () => createScratchWorkspace(repoRoot, "netaccess-regeneration-"));
    await setUpConsumers(workspace);
    await writeConsumer(workspace, "previous", await dump());
    await timer.time("build", build);
    const broken = await timer.time("consumers", () => brokenConsumers(workspace));
    if (broken.previous.size > 0) {
      throw new Error(
        `the consumer does not compile before any edit: ${JSON.stringify([...broken.previous])}`,
      );
    }
    previousDeclarations = await declarations(workspace);
    await commitAll(workspace, "consumers of the API as committed");
    console.log(`scratch workspace: ${timer.summary()}`);
  });

  afterAll(async () => {
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  /** After a failed step: back to the last commit, rebuilt, so one failure does not fail every later step. */
  async function recoverFromFailedStep(): Promise<void> {
    await resetToLastCommit(workspace);
    await build();
    previousDeclarations = await declarations(workspace);
  }

  it.each(regenerationSteps.map((step) => [step.name, step] as const))("%s", async (_, step) => {
    const timer = new PhaseTimer();
    if (unfinished) await timer.time("reset", recoverFromFailedStep);
    unfinished = true;
    const specPath = join(workspace, SPEC);
    await writeFile(specPath, step.edit(await readFile(specPath, "utf8")));
    const knownChangesets = await changesetNames(workspace);
    const before = reportBuilderNames(await dump());

    await timer.time("generate", () => pnpm(workspace, "generate"));
    const newDump = await dump();
    const after = reportBuilderNames(newDump);
    expect(after.accessor !== before.accessor, "Kiota renamed the destinationReport builder").toBe(
      step.renamesBuilder === true,
    );
    const bumps = await newChangesets(workspace, knownChangesets);
    expect(bumps).toEqual({
      [CLIENT]: step.client,
      ...Object.fromEntries(step.dependents.map((name) => [name, "major"])),
    });
    if (step.renamesBuilder) {
      const facade = join(workspace, FACADE_NAMES);
      await writeFile(facade, renameInFacade(await readFile(facade, "utf8"), before, after));
    }
    const written = (await changedPaths(workspace)).filter(
      (path) =>
        path !== SPEC &&
        !path.startsWith(`${GENERATED}/`) &&
        !path.startsWith(".changeset/") &&
        !(step.renamesBuilder && path === FACADE_NAMES),
    );
    expect(written, "files written besides the spec, the generated tree, changesets and the facade").toEqual(
      [],
    );

    await timer.time("build", build);
    await writeConsumer(workspace, "current", newDump);
    const projects = projectsFor(step);
    // Side by side: each of these only reads the built packages.
    const [, , broken] = await allChecks([
      timer.time("typecheck", () => turbo(workspace, "typecheck")),
      timer.time(`tests [${projects.join(", ")}]`, () => vitest(workspace, projects)),
      timer.time("consumers", () => brokenConsumers(workspace)),
    ] as const);

    const nowDeclarations = await declarations(workspace);
    const changedTypes = [...nowDeclarations]
      .filter(([name, dts]) => name !== CLIENT && previousDeclarations.get(name) !== dts)
      .map(([name]) => name);
    expect(changedTypes.toSorted(), "packages whose own declarations changed").toEqual(
      Object.keys(bumps)
        .filter((name) => name !== CLIENT)
        .toSorted(),
    );
    expect(broken.current, "the consumer written for the new API compiles").toEqual(new Map());
    expect(
      broken.previous.size > 0,
      `previous-API consumer broken: ${JSON.stringify([...broken.previous])}`,
    ).toBe(step.breaksConsumer);
    for (const name of broken.previous.keys()) expect(bumps[name], `${name} breaks a consumer`).toBe("major");

    previousDeclarations = nowDeclarations;
    await promoteConsumer(workspace);
    await commitAll(workspace, step.name);
    unfinished = false;
    console.log(`${step.name}: ${timer.summary()}`);
  });
});
