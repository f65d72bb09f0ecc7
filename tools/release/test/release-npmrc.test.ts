import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createReleaseEnvironment, releaseNpmrc } from "../src/release-npmrc.ts";
import { nerfDart } from "../src/registry-url.ts";

const config = { url: "https://npm.corp.example/api/npm/internal/", tokenVar: "NETACCESS_REGISTRY_TOKEN" };

describe("release npmrc", () => {
  it("maps the scope and references the token by name only", () => {
    const lines = releaseNpmrc(config).split("\n");
    expect(lines).toContain("@netaccess:registry=https://npm.corp.example/api/npm/internal/");
    expect(lines).toContain("//npm.corp.example/api/npm/internal/:_authToken=${NETACCESS_REGISTRY_TOKEN}");
  });

  it("keys auth settings by host, port and path", () => {
    expect(nerfDart("http://127.0.0.1:4873")).toBe("//127.0.0.1:4873/");
    expect(nerfDart("https://npm.corp.example/a/b")).toBe("//npm.corp.example/a/b/");
  });

  it("writes a private file the child environment points at, without the token, and deletes it", async () => {
    const token = "tok-d41d8cd98f00b204";
    const base = {
      NETACCESS_REGISTRY_TOKEN: token,
      npm_config_userconfig: "/home/someone/.npmrc",
      KEEP: "1",
    };
    const release = await createReleaseEnvironment(config, base);
    const file = release.env["NPM_CONFIG_USERCONFIG"]!;
    try {
      expect(release.env["npm_config_userconfig"]).toBeUndefined();
      expect(release.env["KEEP"]).toBe("1");
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const text = await readFile(file, "utf8");
      expect(text).toBe(releaseNpmrc(config));
      expect(text).not.toContain(token);
    } finally {
      await release.dispose();
    }
    expect(existsSync(file)).toBe(false);
  });
});
