import { fileURLToPath } from "node:url";

/** The repository checkout the tests run in. */
export const repoRoot = fileURLToPath(new URL("../../../../../", import.meta.url));

/** The committed generated client; tests only read it (its lock is the generator's configuration). */
export const committedOut = fileURLToPath(
  new URL("../../../../../packages/client/src/generated", import.meta.url),
);

export const fixturePath = (version: string): string =>
  fileURLToPath(new URL(`../fixtures/${version}.yaml`, import.meta.url));

/** The command under test. */
export const cliPath = fileURLToPath(new URL("../../../src/spec-diff-cli.ts", import.meta.url));
