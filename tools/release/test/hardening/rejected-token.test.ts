// A rejected release token is reported as what it is, before anything is built, not as
// "changeset pack failed with exit code 1".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { explainRegistryFailure } from "../../src/registry-failure.ts";
import { readRegistryConfig } from "../../src/registry-config.ts";
import { createReleaseEnvironment } from "../../src/release-npmrc.ts";
import { run } from "../../src/run.ts";
import { cleanEnv } from "../support/clean-env.ts";
import { useFakeRegistry, useFixtureRoot } from "../support/fixture-hooks.ts";
import { commitAll, restricted, writeWorkspace } from "../support/fixture-workspace.ts";
import { freePort } from "../support/free-port.ts";
import { runRelease } from "../support/release-cli.ts";

const registry = useFakeRegistry();
const root = useFixtureRoot();
beforeEach(async () => {
  await writeWorkspace(root(), [{ name: "@netaccess/a", publishConfig: restricted }], {
    rootScripts: { test: "node -e \"console.log('running the suite')\"" },
  });
  await commitAll(root());
});
afterEach(() => {
  registry().behaviour.whoamiStatus = 200;
});

const env = (url: string) => ({ NETACCESS_REGISTRY: url, NETACCESS_REGISTRY_TOKEN: "tok-expired-0123" });

describe("pnpm release with a token the registry does not accept", () => {
  it.each([
    [
      401,
      "rejected NETACCESS_REGISTRY_TOKEN (HTTP 401 Unauthorized): the token is wrong, expired or revoked",
    ],
    [403, "rejected NETACCESS_REGISTRY_TOKEN (HTTP 403 Forbidden)"],
  ])("HTTP %i: says the token was rejected, before running tests or building", async (status, says) => {
    registry().behaviour.whoamiStatus = status;
    const result = await runRelease(root(), [], env(registry().url));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `release refused: the registry at ${new URL(registry().url).host} ${says}`,
    );
    expect(result.stderr).toContain("fix: Create a new publish token");
    expect(result.stderr).not.toContain("exit code");
    expect(result.stdout).not.toContain("running the suite");
    const whoami = registry()
      .requests.filter((request) => request.path === "/-/whoami")
      .at(-1);
    expect(whoami?.authorization).toBe("Bearer tok-expired-0123");
  });

  it("an unreachable registry is named as such", async () => {
    const closed = `http://127.0.0.1:${await freePort()}/`;
    const result = await runRelease(root(), [], env(closed));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`release refused: the registry at ${closed} could not be reached (`);
    expect(result.stderr).not.toContain("exit code");
  });

  it("pnpm's own 401 output, as changeset pack gets it when reading the registry, is explained as a rejected token", async () => {
    const config = readRegistryConfig(env(registry().url));
    const release = await createReleaseEnvironment(config, cleanEnv(env(registry().url)));
    registry().behaviour.documentStatus = 401;
    try {
      const result = await run("pnpm", ["info", "@netaccess/a", "--json"], { cwd: root(), env: release.env });
      expect(result.code).not.toBe(0);
      const explained = explainRegistryFailure(result, config.url, config.tokenVar);
      expect(explained).toBe(
        `the registry at ${new URL(registry().url).host} rejected NETACCESS_REGISTRY_TOKEN (HTTP 401): the token is wrong, expired or revoked.`,
      );
    } finally {
      registry().behaviour.documentStatus = 404;
      await release.dispose();
    }
  });
});
