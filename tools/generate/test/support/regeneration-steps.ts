import {
  addConnectionProperty,
  addEnumMember,
  addReportParameter,
  changeDescription,
  removeConnectionProperty,
} from "./spec-edits.ts";

/** The vitest projects of the publishable packages (`packages/*`); compat compares with Graph's own SDK. */
export const PACKAGE_PROJECTS = ["client", "enums", "fixtures", "pagination", "cli"] as const;
export type PackageProject = (typeof PACKAGE_PROJECTS)[number];

export interface RegenerationStep {
  name: string;
  edit: (spec: string) => string;
  /** The client's bump; other packages must be bumped exactly when their declarations change. */
  client: "major" | "minor" | "patch";
  /** Packages other than the client that must get a (major) changeset. */
  dependents: string[];
  /**
   * The vitest projects whose tests read what the edit changes. Every step also builds and type-checks
   * every package (tests included), so a test that names a removed or renamed symbol fails there.
   */
  projects: PackageProject[];
  /** Whether the previous-API consumer must stop compiling (so the bump check is not vacuous). */
  breaksConsumer: boolean;
  renamesBuilder?: boolean;
}

/** The scripted spec edits, applied one after the other, each on top of the previous one. */
export const regenerationSteps: RegenerationStep[] = [
  {
    name: "adds an optional property to connection",
    edit: (spec) => addConnectionProperty(spec, "agentRegion"),
    client: "minor",
    dependents: [],
    // The facade's $select/$orderby checks and the mock's schema, factories and queries follow the model.
    projects: ["client", "fixtures"],
    breaksConsumer: false,
  },
  {
    name: "removes a property of connection",
    edit: (spec) => removeConnectionProperty(spec, "popProcessingRegion"),
    client: "major",
    dependents: [],
    projects: ["client", "fixtures"],
    breaksConsumer: true,
  },
  {
    name: "adds a member to the connectionStatus enum",
    edit: (spec) => addEnumMember(spec, "connectionStatus", "blocked"),
    client: "major",
    dependents: ["@netaccess/enums", "@netaccess/fixtures"],
    // The enum helpers (labels, known/evolvable) and the mock's generated values and masking.
    projects: ["enums", "fixtures"],
    breaksConsumer: true,
  },
  {
    name: "adds an optional parameter to destinationReport, which renames Kiota's builder",
    edit: (spec) => addReportParameter(spec, "sourceIp"),
    client: "major",
    dependents: [],
    // The facade reaches the renamed builder through generated-names.ts.
    projects: ["client"],
    breaksConsumer: false,
    renamesBuilder: true,
  },
  {
    name: "changes only a description",
    edit: changeDescription,
    client: "patch",
    dependents: [],
    // Only comments change: building and type-checking every package is the whole check.
    projects: [],
    breaksConsumer: false,
  },
];

/**
 * The projects a step runs: its own, or every package's with `REGENERATION_ALL_PROJECTS=1` (slower; the
 * way to check that no other package's tests depend on the spec as it was).
 */
export function projectsFor(step: RegenerationStep, env: NodeJS.ProcessEnv = process.env): string[] {
  return env.REGENERATION_ALL_PROJECTS === "1" ? [...PACKAGE_PROJECTS] : step.projects;
}
