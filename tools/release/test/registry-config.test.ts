import { describe, expect, it } from "vitest";
import { readRegistryConfig } from "../src/registry-config.ts";
import { ReleaseRefusal } from "../src/release-refusal.ts";

const token = { NETACCESS_REGISTRY_TOKEN: "secret-token-value" };

function refusal(env: NodeJS.ProcessEnv): ReleaseRefusal {
  try {
    readRegistryConfig(env);
  } catch (error) {
    if (error instanceof ReleaseRefusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("readRegistryConfig", () => {
  it("normalizes the URL and names the token variable without reading its value into the config", () => {
    const config = readRegistryConfig({
      NETACCESS_REGISTRY: " https://npm.corp.example/api/npm/internal ",
      ...token,
    });
    expect(config).toEqual({
      url: "https://npm.corp.example/api/npm/internal/",
      tokenVar: "NETACCESS_REGISTRY_TOKEN",
    });
  });

  it.each([undefined, "", "   "])("refuses an unset registry (%j) and shows the export to add", (value) => {
    const error = refusal({ NETACCESS_REGISTRY: value, ...token });
    expect(error.message).toBe(
      "NETACCESS_REGISTRY is not set, so @netaccess packages have no internal registry to go to.",
    );
    expect(error.fix).toContain("export NETACCESS_REGISTRY=https://");
  });

  it.each([
    "https://registry.npmjs.org/",
    "https://REGISTRY.NPMJS.ORG",
    "http://registry.npmjs.org/",
    "https://registry.yarnpkg.com/",
    "https://registry.npmmirror.com/",
    "https://npmjs.com/",
  ])("refuses the public registry %s", (url) => {
    expect(refusal({ NETACCESS_REGISTRY: url, ...token }).message).toMatch(
      /points at the public registry \(.+\); @netaccess packages are never published there\./,
    );
  });

  it("does not mistake a look-alike internal host for the public registry", () => {
    expect(readRegistryConfig({ NETACCESS_REGISTRY: "https://npmjs.org.corp.example/", ...token }).url).toBe(
      "https://npmjs.org.corp.example/",
    );
  });

  it.each([
    ["not a url", /is not a URL/],
    ["ftp://npm.corp.example/", /must be an http\(s\) URL/],
    ["https://user:pass@npm.corp.example/", /contains credentials/],
    ["https://npm.corp.example/?x=1", /must not have a query or fragment/],
    ["http://npm.corp.example/", /plain http/],
  ])("refuses %s", (url, message) => {
    expect(refusal({ NETACCESS_REGISTRY: url, ...token }).message).toMatch(message);
  });

  it("allows plain http only on the loopback interface", () => {
    expect(readRegistryConfig({ NETACCESS_REGISTRY: "http://127.0.0.1:4873", ...token }).url).toBe(
      "http://127.0.0.1:4873/",
    );
    expect(readRegistryConfig({ NETACCESS_REGISTRY: "http://localhost:4873/", ...token }).url).toBe(
      "http://localhost:4873/",
    );
  });

  it("refuses when the token variable is missing", () => {
    const error = refusal({ NETACCESS_REGISTRY: "https://npm.corp.example/" });
    expect(error.message).toBe(
      "NETACCESS_REGISTRY_TOKEN is not set, so the registry at npm.corp.example cannot authenticate the publish.",
    );
  });
});
