import { startMockGraph, type MockGraphServer } from "@netaccess/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/cursor.js";
import { listAgainst, runCli } from "../support/run-cli.js";

// A cursor is text a user pastes back: an edited or foreign one must not send the token anywhere.
const SECRET = "hardening-secret-token";

describe("an edited --resume cursor", () => {
  let server: MockGraphServer;
  let other: MockGraphServer;
  beforeAll(async () => {
    [server, other] = await Promise.all([
      startMockGraph({ seed: 2, connections: 50 }),
      startMockGraph({ seed: 2 }),
    ]);
  });
  afterAll(() => Promise.all([server.close(), other.close()]));

  const cursorTo = (link: string) =>
    encodeCursor({ link, windows: [[server.dataset.window.start, server.dataset.window.end]], written: 5 });

  it.each([
    ["another host", "https://evil.example/beta/networkAccess/logs/connections?$skiptoken=x"],
    ["another port of the same host", "OTHER/networkAccess/logs/connections?$skiptoken=x"],
    ["plain http to another host", "http://graph.microsoft.com/beta/networkAccess/logs/connections"],
  ])("pointing to %s is refused before any request (exit 1)", async (_name, link) => {
    server.requests.length = 0;
    other.requests.length = 0;
    const result = await runCli(
      [...listAgainst(server), "--resume", cursorTo(link.replace("OTHER", other.url))],
      {
        env: { NETACCESS_TOKEN: SECRET },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `netaccess: --resume: the cursor points outside ${server.url}; resume against the endpoint that wrote it\n`,
    );
    expect(result.stdout).toBe("");
    expect(server.requests).toHaveLength(0);
    expect(other.requests).toHaveLength(0);
  });

  it("with a mangled body is a usage error, whatever its size", async () => {
    const results = await Promise.all(
      [
        "",
        "%%%",
        "a".repeat(100_000),
        Buffer.from('{"v":1,"windows":[["x","y"]],"written":1}').toString("base64url"),
      ].map((cursor) =>
        runCli([...listAgainst(server), "--resume", cursor], { env: { NETACCESS_TOKEN: SECRET } }),
      ),
    );
    for (const result of results) {
      expect(result.code).toBe(1);
      expect(result.stderr).toBe("netaccess: --resume: not a cursor printed by this version of netaccess\n");
    }
  });
});
