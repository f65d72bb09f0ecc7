import { fileURLToPath } from "node:url";

/** The repository checkout the tests run in. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
/** tools/codegen. */
export const codegenRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The small specs, one folder per construct. */
export const corpusRoot = fileURLToPath(new URL("../corpus/", import.meta.url));
/** Where the tests generate; gitignored and excluded from the package's type check. */
export const generatedRoot = fileURLToPath(new URL("../__generated__/", import.meta.url));
/** The CLI, run the way the root scripts run it. */
export const cliPath = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
