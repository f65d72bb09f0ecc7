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

/** CI has .NET: there, a missing Kiota fails a test instead of skipping the Kiota suites quietly. */
export function failInCiWithoutKiota(available: boolean, env: NodeJS.ProcessEnv = process.env): void {
  const inCi = env.CI === "true" || env.CI === "1";
  describe("Kiota", () => {
    it.runIf(inCi)("is available in CI, which has .NET", () => {
      expect(available, "neither dotnet nor KIOTA_BIN is available: CI must be able to run Kiota").toBe(true);
    });
  });
}
