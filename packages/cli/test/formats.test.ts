import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { networkingProtocol, trafficType } from "@netaccess/enums";
import { describe, expect, it } from "vitest";
import { CONNECTION_FIELDS } from "../src/commands/connections-actions.js";
import { columnNames } from "../src/fields.js";
import { flattenForCsv, withoutEmpty } from "./support/flatten.js";
import { MOCK_END, MOCK_START, ndjsonRecords, runCli } from "./support/run-cli.js";

// Thirteen hours of the embedded mock's data (about 100 records), in pages of 40.
const WINDOW = ["--start", "2025-05-31T23:00:00Z", "--end", "2025-06-01T12:00:00Z", "--top", "40"];
const list = (format: string, ...more: string[]) =>
  runCli(["connections", "list", "--mock", ...WINDOW, "--format", format, ...more]);

const destinations = (format: string) =>
  runCli(["destinations", "--mock", "--top", "30", "--format", format]);

const ok = <T extends { code: number | null; stderr: string }>(result: T) => {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result;
};

// Every case spawns its own processes; running them side by side keeps the suite short.
describe.concurrent("every command and format against the embedded mock", () => {
  describe("connections list", () => {
    it("writes the window in every format; JSON, NDJSON and CSV (--out x.csv) hold the same records", async () => {
      const dir = await mkdtemp(join(tmpdir(), "netaccess-out-"));
      const file = join(dir, "connections.csv");
      const byExtension = runCli(["connections", "list", "--mock", ...WINDOW, "--out", file]);
      const [json, ndjson, table, written] = (
        await Promise.all([
          list("json"),
          runCli(["connections", "list", "--mock", ...WINDOW]),
          list("table"),
          byExtension,
        ])
      ).map(ok);
      expect(written!.stdout).toBe("");
      const csv = { stdout: await readFile(file, "utf8") };
      await rm(dir, { recursive: true, force: true });
      const records = JSON.parse(json!.stdout) as Array<Record<string, unknown>>;
      expect(records.length).toBeGreaterThan(60); // several pages of 40
      for (const record of records) {
        expect(Date.parse(record.createdDateTime as string)).toBeGreaterThanOrEqual(
          Date.parse("2025-05-31T23:00:00Z"),
        );
        expect(Date.parse(record.createdDateTime as string)).toBeLessThan(Date.parse("2025-06-01T12:00:00Z"));
      }
      const times = records.map((r) => r.createdDateTime as string);
      expect([...times].sort()).toEqual(times); // createdDateTime order
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);

      expect(ndjsonRecords(ndjson!.stdout)).toEqual(records);

      const rows = parse(csv!.stdout, { columns: true, record_delimiter: "\r\n" }) as Array<
        Record<string, string>
      >;
      expect(csv!.stdout.startsWith(`${columnNames(CONNECTION_FIELDS).join(",")}\r\n`)).toBe(true);
      expect(csv!.stdout).toMatch(/privateAccessDetails\.thirdPartyTokenDetails\.issuedAtDateTime/);
      expect(rows.map(withoutEmpty)).toEqual(records.map((r) => withoutEmpty(flattenForCsv(r))));

      const lines = table!.stdout.trimEnd().split("\n");
      expect(lines[0]).toMatch(/^createdDateTime\s+userPrincipalName\s+destinationFqdn/);
      expect(lines[1]).toMatch(/^-+\s+-+/);
      expect(lines.at(-1)).toBe(`(${records.length} rows)`);
      expect(lines).toHaveLength(records.length + 3);
    });

    it("selects columns in model order and keeps enum wire values", async () => {
      const fields = "id,trafficType,transportProtocol,userPrincipalName,privateAccessDetails";
      const csv = ok(await list("csv", "--select", fields, "--max", "55"));
      const lines = csv.stdout.split("\r\n");
      expect(lines[0]).toBe(
        "id,privateAccessDetails.accessType,privateAccessDetails.appSegmentId,privateAccessDetails.connectionStatus," +
          "privateAccessDetails.connectorId,privateAccessDetails.connectorIp,privateAccessDetails.connectorName," +
          "privateAccessDetails.processingRegion,privateAccessDetails.thirdPartyTokenDetails.expirationDateTime," +
          "privateAccessDetails.thirdPartyTokenDetails.issuedAtDateTime," +
          "privateAccessDetails.thirdPartyTokenDetails.uniqueTokenIdentifier," +
          "privateAccessDetails.thirdPartyTokenDetails.validFromDateTime,trafficType,transportProtocol,userPrincipalName",
      );
      const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(55); // --max ends mid-page
      for (const row of rows) {
        expect(trafficType.is(row.trafficType)).toBe(true);
        expect(networkingProtocol.is(row.transportProtocol)).toBe(true);
      }
    });
  });

  describe("destinations", () => {
    it("writes the report in every format; CSV parses back to the JSON records", async () => {
      const [json, ndjson, csv, table] = (
        await Promise.all(["json", "ndjson", "csv", "table"].map(destinations))
      ).map(ok);
      const records = JSON.parse(json!.stdout) as Array<Record<string, unknown>>;
      expect(records.length).toBeGreaterThan(30); // more than one page
      expect(records[0]).toHaveProperty("@odata.type", "#microsoft.graph.networkaccess.destination");
      expect(ndjsonRecords(ndjson!.stdout)).toEqual(records);
      const rows = parse(csv!.stdout, { columns: true }) as Array<Record<string, string>>;
      expect(rows.map(withoutEmpty)).toEqual(records.map((r) => withoutEmpty(flattenForCsv(r))));
      expect(table!.stdout).toMatch(/^fqdn\s+ip\s+port\s+networkingProtocol/);
      expect(table!.stdout.trimEnd().endsWith(`(${records.length} rows)`)).toBe(true);
    });
  });

  describe("connections get and count", () => {
    it("gets one record in every format", async () => {
      const [first] = ndjsonRecords(ok(await list("ndjson", "--max", "1")).stdout);
      const id = first!.id as string;
      const run = (format: string) => runCli(["connections", "get", id, "--mock", "--format", format]);
      const [json, ndjson, csv, table] = (await Promise.all(["json", "ndjson", "csv", "table"].map(run))).map(
        ok,
      );
      expect(JSON.parse(json!.stdout)).toEqual(first);
      expect(ndjsonRecords(ndjson!.stdout)).toEqual([first]);
      const rows = parse(csv!.stdout, { columns: true }) as Array<Record<string, string>>;
      expect(rows.map(withoutEmpty)).toEqual([withoutEmpty(flattenForCsv(first!))]);
      expect(table!.stdout).toMatch(new RegExp(`^id\\s+${id}$`, "m"));
      expect(table!.stdout).toMatch(/^privateAccessDetails\.connectorName\s+\S+/m);
    });

    it("counts, with and without a filter, and agrees with a full export", async () => {
      const filter = "status eq 'closed'";
      const [all, closed, asCsv, asTable, exported] = (
        await Promise.all([
          runCli(["connections", "count", "--mock", "--format", "json"]),
          runCli(["connections", "count", "--mock", "--filter", filter, "--format", "ndjson"]),
          runCli(["connections", "count", "--mock", "--format", "csv"]),
          runCli(["connections", "count", "--mock", "--format", "table"]),
          runCli([
            "connections",
            "list",
            "--mock",
            "--start",
            MOCK_START,
            "--end",
            MOCK_END,
            "--filter",
            filter,
            "--select",
            "id",
          ]),
        ])
      ).map(ok);
      expect(JSON.parse(all!.stdout)).toEqual({ count: 1500 });
      const closedCount = (JSON.parse(closed!.stdout) as { count: number }).count;
      expect(closedCount).toBeGreaterThan(0);
      expect(closedCount).toBeLessThan(1500);
      expect(ndjsonRecords(exported!.stdout)).toHaveLength(closedCount);
      expect(asCsv!.stdout).toBe("count\r\n1500\r\n");
      expect(asTable!.stdout).toBe("1500\n");
    });
  });
});
