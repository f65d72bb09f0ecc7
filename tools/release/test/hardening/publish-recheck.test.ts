// Publishing goes one package at a time, and the scope's effective registry is asked for again right
// before each one: anything that rewrites an .npmrc after the first check (the attack was a `prepack`
// script) stops the release at that package, and the release reports exactly what was and was not published.
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PartialReleaseError, publishEach } from "../../src/publish-each.ts";
import type { PackedTarball } from "../../src/verify-tarball.ts";
import { readRegistryConfig } from "../../src/registry-config.ts";
import { createReleaseEnvironment, type ReleaseEnvironment } from "../../src/release-npmrc.ts";
import { packAll } from "../../src/steps.ts";
import { listPublishablePackages, type WorkspacePackage } from "../../src/workspace.ts";
import { cleanEnv } from "../support/clean-env.ts";
import { startFakeRegistry, type FakeRegistry } from "../support/fake-registry.ts";
import { fixtureRoot, restricted, writeWorkspace } from "../support/fixture-workspace.ts";

const names = ["@netaccess/a", "@netaccess/b", "@netaccess/c"];
let registry: FakeRegistry;
let elsewhere: FakeRegistry;
let root: string;
let release: ReleaseEnvironment;
let packages: WorkspacePackage[];
let tarballs: PackedTarball[];

beforeAll(async () => {
  [registry, elsewhere] = await Promise.all([startFakeRegistry(), startFakeRegistry()]);
});
afterAll(() => Promise.all([registry.close(), elsewhere.close()]));
beforeEach(async () => {
  root = await fixtureRoot();
  await writeWorkspace(
    root,
    names.map((name) => ({ name, publishConfig: restricted })),
  );
  const config = readRegistryConfig({
    NETACCESS_REGISTRY: registry.url,
    NETACCESS_REGISTRY_TOKEN: "tok-0123456789",
  });
  release = await createReleaseEnvironment(config, cleanEnv({ NETACCESS_REGISTRY_TOKEN: "tok-0123456789" }));
  packages = await listPublishablePackages(root, release.env);
  tarballs = await packAll(packages, release.env, root);
  registry.published.length = 0;
  elsewhere.requests.length = 0;
});
afterEach(async () => {
  registry.behaviour.onPublished = () => undefined;
  registry.behaviour.publishStatus = () => 201;
  await release.dispose();
  await rm(root, { recursive: true, force: true });
});

const publishAll = () =>
  publishEach(tarballs, {
    root,
    env: release.env,
    registryUrl: registry.url,
    tokenVar: "NETACCESS_REGISTRY_TOKEN",
    distTag: "latest",
    packages,
    log: () => undefined,
  });

async function partialFailure(): Promise<PartialReleaseError> {
  const error: unknown = await publishAll().catch((reason: unknown) => reason);
  expect(error).toBeInstanceOf(PartialReleaseError);
  return error as PartialReleaseError;
}

describe("publishing package by package", () => {
  it("publishes every package, in order, when nothing changes", async () => {
    expect((await publishAll()).map((tarball) => tarball.name)).toEqual(names);
    expect(registry.published).toEqual(names);
  });

  it.each([
    ["to another registry", () => `@netaccess:registry=${elsewhere.url}\n`],
    ["to the public registry", () => "@netaccess:registry=https://registry.npmjs.org/\n"],
    [
      "to an upper-case spelling pnpm cannot publish to",
      () => `@netaccess:registry=${registry.url.replace("http", "HTTP")}\n`,
    ],
  ])(
    "stops when the root .npmrc is rewritten %s mid-release, and says what was published",
    async (_how, npmrc) => {
      registry.behaviour.onPublished = async (name) => {
        if (name === "@netaccess/a") await writeFile(join(root, ".npmrc"), npmrc());
      };
      const error = await partialFailure();
      expect(error.published).toEqual(["@netaccess/a@1.0.0"]);
      expect(error.failed).toBe("@netaccess/b@1.0.0");
      expect(error.notAttempted).toEqual(["@netaccess/c@1.0.0"]);
      expect(error.message).toContain("published (in the registry now): @netaccess/a@1.0.0");
      expect(error.message).toContain("not published: @netaccess/b@1.0.0, @netaccess/c@1.0.0");
      expect(error.message).toContain("In the workspace root, @netaccess resolves to");
      expect(registry.published).toEqual(["@netaccess/a"]);
      expect(elsewhere.requests).toEqual([]);
    },
  );

  it.each([
    [401, "rejected NETACCESS_REGISTRY_TOKEN (HTTP 401)"],
    [403, "refused NETACCESS_REGISTRY_TOKEN (HTTP 403)"],
  ])(
    "reports exactly what was published when the registry answers %i to the second package",
    async (status, says) => {
      registry.behaviour.publishStatus = (name) => (name === "@netaccess/b" ? status : 201);
      const error = await partialFailure();
      expect(error.message).toContain(says);
      expect(error.message).toContain("published (in the registry now): @netaccess/a@1.0.0");
      expect(error.message).toContain("not published: @netaccess/b@1.0.0, @netaccess/c@1.0.0");
      expect(error.message).not.toMatch(/exit code \d+$/);
    },
  );

  it("says nothing was published when the first package fails", async () => {
    registry.behaviour.publishStatus = () => 500;
    const error = await partialFailure();
    expect(error.published).toEqual([]);
    expect(error.message).toContain("nothing was published");
    expect(error.message).toContain(
      "not published: @netaccess/a@1.0.0, @netaccess/b@1.0.0, @netaccess/c@1.0.0",
    );
  });
});
