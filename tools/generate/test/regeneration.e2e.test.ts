// Regeneration end to end, with real Kiota: in a scratch copy of the workspace, five spec edits are
// made one at a time, as a user would, each followed by `pnpm generate` and checks, then committed.
// After each edit it runs: `pnpm generate` (Kiota, spec:diff, changesets); build and typecheck of
// every package in packages/; the vitest projects that exercise that edit (listed per step below);
// and a compile of a consumer written against the packages as they were before the edit (generated
// from the previous kiota-dom-export.txt: exhaustive switches and `match`es over every enum, every
// model property read).
// It passes only if no file is edited by hand, except the facade's generated-names.ts when Kiota
// renames the destinationReport builder, and if the changesets name exactly the packages whose
// public types changed, a major bump wherever the previous-API consumer stops compiling.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOM_EXPORT_FILE } from "../src/lock.ts";
import { type ReportBuilderNames, renameInFacade, reportBuilderNames } from "./support/builder-rename.ts";
import { failInCiWithoutKiota, kiotaAvailable } from "./support/kiota-available.ts";
import { GENERATED, SPEC, repoRoot } from "./support/paths.ts";
import { brokenConsumers, writeConsumer } from "./support/previous-api-consumer.ts";
import { buildAndTypecheck, pnpm, turbo } from "./support/scratch-commands.ts";
import { commitAll } from "./support/scratch-repo.ts";
import { createScratchWorkspace } from "./support/scratch-workspace.ts";
import {
  addConnectionProperty,
  addEnumMember,
  addReportParameter,
  changeDescription,
  removeConnectionProperty,
} from "./support/spec-edits.ts";
import { changesetNames, declarations, newChangesets } from "./support/workspace-state.ts";

const FACADE_NAMES = "packages/client/src/facade/generated-names.ts";
const CLIENT = "@netaccess/client";

interface Step {
  name: string;
  edit: (spec: string) => string;
  /** The client's bump; other packages must be bumped exactly when their declarations change. */
  client: "major" | "minor" | "patch";
  /** Packages other than the client that must get a (major) changeset. */
  dependents: string[];
  /** Vitest projects that exercise the edit. */
  projects: string[];
  /** Whether the previous-API consumer must stop compiling (so the bump check is not vacuous). */
  breaksConsumer: boolean;
  renamesBuilder?: boolean;
}

const steps: Step[] = [
  {
    name: "adds an optional property to connection",
    edit: (spec) => addConnectionProperty(spec, "agentRegion"),
    client: "minor",
    dependents: [],
    projects: ["fixtures"],
    breaksConsumer: false,
  },
  {
    name: "removes a property of connection",
    edit: (spec) => removeConnectionProperty(spec, "popProcessingRegion"),
    client: "major",
    dependents: [],
    projects: ["fixtures"],
    breaksConsumer: true,
  },
  {
    name: "adds a member to the connectionStatus enum",
    edit: (spec) => addEnumMember(spec, "connectionStatus", "blocked"),
    client: "major",
    dependents: ["@netaccess/enums", "@netaccess/fixtures"],
    projects: ["enums", "fixtures"],
    breaksConsumer: true,
  },
  {
    name: "adds an optional parameter to destinationReport, which renames Kiota's builder",
    edit: (spec) => addReportParameter(spec, "sourceIp"),
    client: "major",
    dependents: [],
    projects: ["client"],
    breaksConsumer: false,
    renamesBuilder: true,
  },
  {
    name: "changes only a description",
    edit: changeDescription,
    client: "patch",
    dependents: [],
    projects: [],
    breaksConsumer: false,
  },
];

const available = await kiotaAvailable();

failInCiWithoutKiota(available);

describe.skipIf(!available)("regeneration with real Kiota, one spec edit at a time", () => {
  let workspace: string;
  let previousDeclarations: Map<string, string>;

  const dump = () => readFile(join(workspace, GENERATED, DOM_EXPORT_FILE), "utf8");

  beforeAll(async () => {
    workspace = await createScratchWorkspace(repoRoot, "netaccess-regeneration-");
    await writeConsumer(workspace, await dump());
    await turbo(workspace, "build");
    previousDeclarations = await declarations(workspace);
    const broken = await brokenConsumers(workspace);
    if (broken.size > 0)
      throw new Error(`the consumer does not compile before any edit: ${JSON.stringify([...broken])}`);
  });

  afterAll(async () => {
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it.each(steps.map((step) => [step.name, step] as const))("%s", async (_, step) => {
    const started = performance.now();
    const specPath = join(workspace, SPEC);
    await writeFile(specPath, step.edit(await readFile(specPath, "utf8")));
    const knownChangesets = await changesetNames(workspace);
    const before: ReportBuilderNames = reportBuilderNames(await dump());

    await pnpm(workspace, "generate");
    const after = reportBuilderNames(await dump());
    expect(after.accessor !== before.accessor, "Kiota renamed the destinationReport builder").toBe(
      step.renamesBuilder === true,
    );
    if (step.renamesBuilder) {
      const facade = join(workspace, FACADE_NAMES);
      await writeFile(facade, renameInFacade(await readFile(facade, "utf8"), before, after));
    }

    await buildAndTypecheck(workspace);
    if (step.projects.length > 0) {
      await pnpm(workspace, "exec", "vitest", "run", ...step.projects.flatMap((p) => ["--project", p]));
    }

    const bumps = await newChangesets(workspace, knownChangesets);
    expect(bumps).toEqual({
      [CLIENT]: step.client,
      ...Object.fromEntries(step.dependents.map((name) => [name, "major"])),
    });

    const nowDeclarations = await declarations(workspace);
    const changedTypes = [...nowDeclarations]
      .filter(([name, dts]) => name !== CLIENT && previousDeclarations.get(name) !== dts)
      .map(([name]) => name);
    expect(changedTypes.toSorted(), "packages whose own declarations changed").toEqual(
      Object.keys(bumps)
        .filter((name) => name !== CLIENT)
        .toSorted(),
    );
    previousDeclarations = nowDeclarations;

    const broken = await brokenConsumers(workspace);
    expect(broken.size > 0, `previous-API consumer broken: ${JSON.stringify([...broken])}`).toBe(
      step.breaksConsumer,
    );
    for (const name of broken.keys()) expect(bumps[name], `${name} breaks a consumer`).toBe("major");

    await writeConsumer(workspace, await dump());
    expect(await brokenConsumers(workspace), "the consumer rewritten for the new API compiles").toEqual(
      new Map(),
    );
    await commitAll(workspace, step.name);
    console.log(`${step.name}: ${Math.round(performance.now() - started)} ms`);
  });
});
