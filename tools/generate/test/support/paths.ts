import { fileURLToPath } from "node:url";

/** The repository checkout the tests run in. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Paths relative to a workspace root. */
export const GENERATED = "packages/client/src/generated";
export const SPEC = "specs/networkaccess.yaml";

/** The commands under test. */
export const generateCli = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
export const specDiffCli = fileURLToPath(new URL("../../src/spec-diff-cli.ts", import.meta.url));
