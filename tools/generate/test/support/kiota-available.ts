import { describe, expect, it } from "vitest";
import { access, constants } from "node:fs/promises";
import { delimiter, join } from "node:path";

const executable = (path: string) =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

/** Whether `pnpm generate` can find Kiota here: KIOTA_BIN, or `dotnet` for the pinned local tool. */
export async function kiotaAvailable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.KIOTA_BIN) return executable(env.KIOTA_BIN);
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    if (await executable(join(dir, "dotnet"))) return true;
  }
  return false;
}

const inCi = (env: NodeJS.ProcessEnv): boolean => env.CI === "true" || env.CI === "1";

/**
 * CI has .NET: there, a missing Kiota fails a test that says so, instead of skipping the Kiota suites
 * quietly. Returns whether the Kiota suites run: always in CI (where they then fail with the
 * generator's own message), elsewhere only when Kiota is available.
 */
export function failInCiWithoutKiota(available: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  describe("Kiota", () => {
    it.runIf(inCi(env))("is available in CI, which has .NET", () => {
      expect(available, "neither dotnet nor KIOTA_BIN is available: CI must be able to run Kiota").toBe(true);
    });
  });
  return available || inCi(env);
}
