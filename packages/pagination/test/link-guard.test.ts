import { describe, expect, it } from "vitest";
import { NextLinkLoopError, OffOriginLinkError } from "../src/index.js";
import { createLinkGuard } from "../src/link-guard.js";

const GRAPH = "https://graph.microsoft.com/beta/networkAccess/logs/connections?$top=1000";
const next = (token: string) =>
  `https://graph.microsoft.com/beta/networkAccess/logs/connections?$skiptoken=${token}`;

describe("createLinkGuard", () => {
  it("admits same-origin https links once each", () => {
    const guard = createLinkGuard(GRAPH, [GRAPH]);
    expect(guard.admit(next("a"), "c1")).toBe(next("a"));
    expect(guard.admit(next("b"), "c2")).toBe(next("b"));
    expect(() => guard.admit(next("a"), "c3")).toThrow(NextLinkLoopError);
  });

  it("treats a link back to the first request as a loop", () => {
    const guard = createLinkGuard(GRAPH, [GRAPH]);
    expect(() => guard.admit(GRAPH, GRAPH)).toThrow(NextLinkLoopError);
  });

  it.each([
    [
      "another host",
      "https://graph.evil.example/beta/x?$skiptoken=a",
      /origin https:\/\/graph\.evil\.example differs/,
    ],
    ["another port", "https://graph.microsoft.com:8443/beta/x", /differs/],
    ["http on the same host", "http://graph.microsoft.com/beta/x", /differs/],
    ["embedded credentials", "https://user:secret@graph.microsoft.com/beta/x", /credentials/],
    ["a relative link", "/beta/x?$skiptoken=a", /not an absolute URL/],
  ])("refuses %s, carrying the cursor it was given", (_label, link, reason) => {
    const guard = createLinkGuard(GRAPH);
    let thrown: unknown;
    try {
      guard.admit(link, "the-cursor");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OffOriginLinkError);
    expect(thrown).toMatchObject({
      link,
      cursor: "the-cursor",
      allowedOrigin: "https://graph.microsoft.com",
    });
    expect((thrown as Error).message).toMatch(reason);
  });

  it("refuses plain http even on the first request's own origin unless it is loopback", () => {
    expect(() =>
      createLinkGuard("http://graph.example/beta").admit("http://graph.example/beta/x", undefined),
    ).toThrow(/only https/);
    for (const origin of ["http://127.0.0.1:8080", "http://localhost:3000", "http://[::1]:9000"]) {
      expect(createLinkGuard(`${origin}/beta`).admit(`${origin}/beta/x`, undefined)).toBe(`${origin}/beta/x`);
    }
  });

  it("needs an absolute URL to know the allowed origin", () => {
    expect(() => createLinkGuard(undefined)).toThrow(TypeError);
    expect(() => createLinkGuard("/beta")).toThrow(/firstRequestUrl or set requestAdapter\.baseUrl/);
  });
});
