import { dirname } from "node:path";
import { startMockGraph, type MockGraphServer } from "@netaccess/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAgainst, resumeLine, runCli } from "./support/run-cli.js";

/** A pattern matching exactly this text. */
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** [arguments, exit code, the one line on stderr (exactly, or a pattern)]. */
const USAGE_CASES: Array<[string[], number, string | RegExp]> = [
  [["connections", "list", "--mock", "--bogus"], 1, "netaccess: unknown option '--bogus'"],
  [
    ["destinations", "--mock", "--strat", "1d"],
    1,
    /^netaccess: unknown option '--strat'\n\(Did you mean --start\?\)$/,
  ],
  [["frobnicate"], 1, "netaccess: unknown command 'frobnicate'"],
  [[], 1, "netaccess: no command given; try netaccess --help"],
  [["connections", "get", "--mock"], 1, "netaccess: missing required argument 'id'"],
  [["connections", "count", "--mock", "extra"], 1, /^netaccess: too many arguments for 'count'/],
  [
    ["connections", "list", "--mock", "--start", "yesterday"],
    1,
    "netaccess: --start: 'yesterday' is not a date; use ISO 8601 (2024-05-01T08:00:00Z), 24h, 7d or now",
  ],
  [
    ["destinations", "--mock", "--end", "2024-02-30"],
    1,
    "netaccess: --end: '2024-02-30' is not a date; use ISO 8601 (2024-05-01T08:00:00Z), 24h, 7d or now",
  ],
  [
    ["connections", "list", "--mock", "--start", "2025-05-02T00:00:00Z", "--end", "2025-05-01T00:00:00Z"],
    1,
    "netaccess: --end (2025-05-01T00:00:00.000Z) is before --start (2025-05-02T00:00:00.000Z)",
  ],
  [
    ["connections", "list", "--mock", "--since", "24h", "--start", "2d"],
    1,
    "netaccess: --since cannot be combined with --start/--end",
  ],
  [
    ["connections", "list", "--mock", "--since", "soon"],
    1,
    "netaccess: --since: 'soon' is not a duration such as 30m, 24h or 7d",
  ],
  [
    ["connections", "list", "--mock", "--top", "5000"],
    1,
    "netaccess: option '--top <n>' argument '5000' is invalid. expected a whole number from 1 to 1000",
  ],
  [
    ["connections", "list", "--mock", "--format", "xml"],
    1,
    "netaccess: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json, ndjson, csv.",
  ],
  [
    ["connections", "list", "--mock", "--resume", "not-a-cursor"],
    1,
    "netaccess: --resume: not a cursor printed by this version of netaccess",
  ],
  [
    ["connections", "list", "--mock", "--select", "nope"],
    1,
    /^netaccess: select names "nope", which is not a property of connection/,
  ],
  [
    ["connections", "list"],
    2,
    "netaccess: no credentials: pass --token, set NETACCESS_TOKEN, use --auth <method>, or try --mock",
  ],
  [
    ["connections", "count", "--auth", "client-secret", "--tenant-id", "contoso.onmicrosoft.com"],
    2,
    "netaccess: --auth client-secret needs --client-id (or AZURE_CLIENT_ID), AZURE_CLIENT_SECRET",
  ],
  [
    ["connections", "get", "00000000-0000-0000-0000-000000000000", "--mock"],
    3,
    /^netaccess: Graph error: HTTP 404 ResourceNotFound: Connection '0{8}-0{4}-0{4}-0{4}-0{12}' was not found\. \(request-id [0-9a-f-]{36}\)$/,
  ],
];

// Cases that spawn processes run side by side; the ones sharing a mock server take turns.
describe.concurrent("exit codes, messages and secrecy", () => {
  describe("exit codes and one-line reasons", () => {
    it.each(USAGE_CASES)("%j exits %i", async (args, code, message) => {
      const result = await runCli(args);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe("");
      expect(result.stderr.trimEnd()).toMatch(typeof message === "string" ? exactly(message) : message);
    });

    it("a failing Azure Identity credential exits 2 with its reason on one line, before any request", async () => {
      // A PATH without the Azure CLI: AzureCliCredential cannot get a token.
      const result = await runCli(
        ["connections", "count", "--auth", "azure-cli", "--base-url", "http://127.0.0.1:9/beta"],
        { env: { PATH: dirname(process.execPath) } },
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^netaccess: authentication failed: .*Azure CLI could not be found.*\n$/);
      expect(result.stderr.split("\n")).toHaveLength(2);
    });

    it("--help works on every command, with examples, and exits 0", async () => {
      const commands = [
        [],
        ["destinations"],
        ["connections"],
        ["connections", "list"],
        ["connections", "get"],
        ["connections", "count"],
      ];
      const results = await Promise.all(commands.map((c) => runCli([...c, "--help"])));
      for (const [i, result] of results.entries()) {
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`^Usage: netaccess ${commands[i]!.join(" ")}`.trimEnd()));
        expect(result.stdout).toMatch(/\nExamples:\n {2}\$ netaccess /);
      }
    });
  });

  describe("a reader that goes away", () => {
    let server: MockGraphServer;
    beforeAll(async () => {
      server = await startMockGraph({ seed: 9, connections: 300, faults: [{ kind: "latency", ms: 50 }] });
    });
    afterAll(() => server.close());

    it("ends the export quietly with exit 0 and fetches no further, like `netaccess … | head`", async () => {
      const result = await runCli(listAgainst(server, "--top", "10"), {
        env: { NETACCESS_TOKEN: "test-token" },
        onStdout: (_chunk, child) => child.stdout?.destroy(),
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      const pages = server.requests.filter((r) => r.route === "connections").length;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThan(15); // of 30: it stopped within a few pages of the reader leaving
    });
  });

  describe("tokens never reach the output", { concurrent: false }, () => {
    const SECRET = "eyJ0eXAi.secret-token-value.SIGNATURE";
    let server: MockGraphServer;
    beforeAll(async () => {
      server = await startMockGraph({ seed: 5, connections: 300 });
    });
    afterAll(() => server.close());
    const list = (...more: string[]) => runCli(listAgainst(server, "--top", "100", ...more));

    it("a failed page: exit 3, the resume command without the token, the token nowhere", async () => {
      server.clearFaults();
      server.inject({
        route: "connections",
        kind: "status",
        status: 500,
        code: "InternalServerError",
        nth: 2,
      });
      const result = await list("--token", SECRET);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/^netaccess: Graph error: HTTP 500 InternalServerError: /m);
      expect(resumeLine(result.stderr)).not.toMatch(/--token/);
      expect(result.stderr).toContain("the token is not repeated");
      expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET);
      expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${SECRET}`); // it was used
    });

    it("a refused token: exit 2 without echoing it (flag, --token=, or NETACCESS_TOKEN)", async () => {
      server.clearFaults();
      server.inject({ route: "*", kind: "status", status: 401, code: "InvalidAuthenticationToken" });
      const results = await Promise.all([
        list("--token", SECRET),
        list(`--token=${SECRET}`),
        runCli(["connections", "count", "--base-url", server.url], { env: { NETACCESS_TOKEN: SECRET } }),
      ]);
      for (const result of results) {
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(
          /^netaccess: authentication failed: HTTP 401 InvalidAuthenticationToken/,
        );
        expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET);
      }
    });

    it("a successful export with --token prints records only", async () => {
      server.clearFaults();
      const result = await list("--token", SECRET, "--format", "csv");
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout.split("\r\n").length).toBeGreaterThan(10);
      expect(result.stdout).not.toContain(SECRET);
    });
  });
});
