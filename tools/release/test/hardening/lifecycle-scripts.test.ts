// A lifecycle script runs by itself while pnpm packs or publishes, after every check has passed (a
// `prepack` that rewrote .npmrc once sent a whole release elsewhere). Publishable packages may have none.
import { describe, expect, it } from "vitest";
import { lifecycleScripts } from "../../src/lifecycle-scripts.ts";
import { useFixtureRoot } from "../support/fixture-hooks.ts";
import { restricted, writeWorkspace } from "../support/fixture-workspace.ts";
import { runRelease } from "../support/release-cli.ts";

const internal = {
  NETACCESS_REGISTRY: "https://npm.corp.example/",
  NETACCESS_REGISTRY_TOKEN: "tok-0123456789",
};

const root = useFixtureRoot();

describe("pnpm release and lifecycle scripts in publishable packages", () => {
  it.each(lifecycleScripts)(
    "refuses a %s script before building anything, naming the package",
    async (script) => {
      await writeWorkspace(root(), [
        { name: "@netaccess/a", publishConfig: restricted },
        {
          name: "@netaccess/b",
          publishConfig: restricted,
          scripts: {
            build: "tsc",
            [script]: "echo @netaccess:registry=https://registry.npmjs.org/ > .npmrc",
          },
        },
      ]);
      const result = await runRelease(root(), [], internal);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("release refused: publishable packages declare lifecycle scripts");
      expect(result.stderr).toContain(`@netaccess/b (${script})`);
      expect(result.stderr).not.toContain("@netaccess/a (");
    },
  );

  it("refuses them in a --check run too, with no registry configured", async () => {
    await writeWorkspace(root(), [
      { name: "@netaccess/a", publishConfig: restricted, scripts: { prepack: "x" } },
    ]);
    const result = await runRelease(root(), ["--check"], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("@netaccess/a (prepack)");
  });

  it("lists every package and script at once", async () => {
    await writeWorkspace(root(), [
      { name: "@netaccess/a", publishConfig: restricted, scripts: { prepack: "x", postpack: "y" } },
      { name: "@netaccess/b", publishConfig: restricted, scripts: { prepublishOnly: "z" } },
    ]);
    const result = await runRelease(root(), [], internal);
    expect(result.stderr).toContain("@netaccess/a (prepack, postpack); @netaccess/b (prepublishOnly)");
  });

  it("accepts ordinary scripts such as build and test", async () => {
    await writeWorkspace(root(), [
      { name: "@netaccess/a", publishConfig: restricted, scripts: { build: "tsc", test: "vitest" } },
    ]);
    const result = await runRelease(root(), [], internal);
    expect(result.stderr).not.toContain("lifecycle");
    // It goes on to the next check: the fixture is not a git checkout.
    expect(result.stderr).toContain("is not a git checkout");
  });
});
