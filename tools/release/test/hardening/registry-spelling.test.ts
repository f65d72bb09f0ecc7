// The guard and pnpm must agree on the registry: pnpm publishes to an .npmrc or publishConfig URL exactly
// as written and refuses an upper-case `HTTP://` ("unsupported protocol"), so a spelling the guard would
// have normalised away must be refused before anything is published, not fail half-way.
import { describe, expect, it } from "vitest";
import { publishEach } from "../../src/publish-each.ts";
import { readRegistryConfig } from "../../src/registry-config.ts";
import { createReleaseEnvironment } from "../../src/release-npmrc.ts";
import { packAll } from "../../src/steps.ts";
import { listPublishablePackages } from "../../src/workspace.ts";
import { cleanEnv } from "../support/clean-env.ts";
import { useFakeRegistry, useFixtureRoot } from "../support/fixture-hooks.ts";
import { restricted, writeWorkspace } from "../support/fixture-workspace.ts";
import { runRelease } from "../support/release-cli.ts";

const registry = useFakeRegistry();
const root = useFixtureRoot();

const env = () => ({ NETACCESS_REGISTRY: registry().url, NETACCESS_REGISTRY_TOKEN: "tok-0123456789" });
/** Spellings of the registry's own address that pnpm would not publish to as written. */
const respellings = (url: string) => [
  url.replace("http://", "HTTP://"),
  url.replace("http://", "Http://"),
  url.replace("http://", "hTTp://"),
];

describe("a registry address spelt differently from NETACCESS_REGISTRY", () => {
  it("in the root .npmrc is refused before anything is built or published", async ({ task }) => {
    const spellings = respellings(registry().url);
    task.meta.attacks = spellings.length;
    for (const spelling of spellings) {
      await writeWorkspace(root(), [{ name: "@netaccess/a", publishConfig: restricted }], {
        npmrc: `@netaccess:registry=${spelling}\n`,
      });
      const result = await runRelease(root(), [], env());
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`resolves to ${spelling} instead of ${registry().url}`);
      expect(result.stderr).toContain("pnpm uses it as written");
    }
    expect(registry().published).toEqual([]);
  });

  it("in publishConfig.registry is refused", async () => {
    const spelling = registry().url.replace("http://", "HTTP://");
    await writeWorkspace(root(), [
      { name: "@netaccess/a", publishConfig: { ...restricted, registry: spelling } },
    ]);
    const result = await runRelease(root(), [], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`sets publishConfig["registry"] to ${spelling}`);
  });
});

describe("NETACCESS_REGISTRY itself in upper case", () => {
  it("is written to the release npmrc the way pnpm accepts it, and pnpm publishes every package there", async () => {
    await writeWorkspace(root(), [
      { name: "@netaccess/a", publishConfig: restricted },
      { name: "@netaccess/b", publishConfig: restricted },
    ]);
    const config = readRegistryConfig({
      ...env(),
      NETACCESS_REGISTRY: registry().url.replace("http://", "HTTP://"),
    });
    expect(config.url).toBe(registry().url);
    const release = await createReleaseEnvironment(config, cleanEnv(env()));
    try {
      const packages = await listPublishablePackages(root(), release.env);
      const tarballs = await packAll(packages, release.env, root());
      const published = await publishEach(tarballs, {
        root: root(),
        env: release.env,
        registryUrl: config.url,
        tokenVar: config.tokenVar,
        distTag: "latest",
        packages,
        log: () => undefined,
      });
      expect(published.map((tarball) => tarball.name)).toEqual(["@netaccess/a", "@netaccess/b"]);
      expect(registry().published.slice(-2)).toEqual(["@netaccess/a", "@netaccess/b"]);
    } finally {
      await release.dispose();
    }
  });
});
