import { describe, expect, it } from "vitest";
import { findSecret } from "../src/secret-scan.ts";

const scan = (text: string, known: string[] = []) => findSecret(Buffer.from(text), known);

describe("findSecret", () => {
  it.each([
    ["//npm.corp.example/:_authToken=0123456789abcdef", "npm auth token setting"],
    ["  _auth = dXNlcjpwYXNzd29yZA==", "npm auth token setting"],
    [`const t = "npm_${"a1B2".repeat(9)}";`, "npm access token"],
    [`ghp_${"x".repeat(36)}`, "GitHub token"],
    ["AKIAABCDEFGHIJKLMNOP", "AWS access key id"],
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIE", "private key"],
  ])("finds %j", (text, kind) => {
    expect(scan(text)).toBe(kind);
  });

  it.each([
    "//npm.corp.example/:_authToken=${NETACCESS_REGISTRY_TOKEN}",
    "this._authToken = options.token;",
    "Authorization: Bearer <token>",
    "npm_config_registry",
  ])("leaves %j alone", (text) => {
    expect(scan(text)).toBeUndefined();
  });

  it("finds known values exactly, but ignores values too short to be secrets", () => {
    expect(scan("prefix tok-123456789 suffix", ["tok-123456789"])).toBe("the registry token of this run");
    expect(scan("abc", ["abc"])).toBeUndefined();
  });

  it("skips binary files", () => {
    expect(
      findSecret(Buffer.concat([Buffer.from([0]), Buffer.from("AKIAABCDEFGHIJKLMNOP")]), []),
    ).toBeUndefined();
  });
});
