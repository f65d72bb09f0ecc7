import { deserializeIntoConnection } from "@netaccess/client";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../src/cursor.js";
import { splitWindow } from "../src/export/segments.js";
import { columnNames, flattenRecord, modelFields } from "../src/fields.js";
import { csvWriter } from "../src/output/csv-writer.js";
import { bytesText, tableWriter } from "../src/output/table-writer.js";
import type { Sink } from "../src/output/sink.js";
import { chooseFormat } from "../src/options.js";
import { resumeCommand } from "../src/shell-command.js";
import { retryAfterMs } from "../src/throttle.js";
import { parseWhen, resolveWindow } from "../src/when.js";
import { CONNECTION_FIELDS } from "../src/commands/connections-actions.js";

const NOW = new Date("2025-06-01T12:30:00Z");

describe("<when>", () => {
  it("reads ISO 8601, durations ago and now", () => {
    expect(parseWhen("now", "--end", NOW)).toEqual(NOW);
    expect(parseWhen("24h", "--start", NOW).toISOString()).toBe("2025-05-31T12:30:00.000Z");
    expect(parseWhen("7d", "--start", NOW).toISOString()).toBe("2025-05-25T12:30:00.000Z");
    expect(parseWhen("2024-05-01", "--start", NOW).toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(parseWhen("2024-05-01T08:00:00+02:00", "--start", NOW).toISOString()).toBe(
      "2024-05-01T06:00:00.000Z",
    );
    expect(parseWhen("2024-02-29T23:30:00-02:00", "--start", NOW).toISOString()).toBe(
      "2024-03-01T01:30:00.000Z",
    );
  });

  it.each(["yesterday", "2024-02-30", "2024-05-01T08:00:00", "2024-05-01T25:00:00Z", "-1h", "0h", ""])(
    "refuses %j with exit code 1",
    (text) => {
      expect(() => parseWhen(text, "--start", NOW)).toThrow(expect.objectContaining({ exitCode: 1 }));
    },
  );

  it("defaults to the last 24 hours and checks the order", () => {
    expect(resolveWindow({}, NOW)).toEqual({ start: new Date("2025-05-31T12:30:00Z"), end: NOW });
    expect(resolveWindow({ since: "7d" }, NOW).start.toISOString()).toBe("2025-05-25T12:30:00.000Z");
    expect(resolveWindow({ end: "2025-01-02" }, NOW).start.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(() => resolveWindow({ start: "1d", end: "2d" }, NOW)).toThrow(/--end .* is before --start/);
  });
});

describe("windows and cursors", () => {
  it("splits a window into contiguous parts that cover it exactly", () => {
    const parts = splitWindow(["2025-05-31T12:30:00.000Z", "2025-06-01T12:30:00.000Z"], 4);
    expect(parts).toEqual([
      ["2025-05-31T12:30:00.000Z", "2025-05-31T18:30:00.000Z"],
      ["2025-05-31T18:30:00.000Z", "2025-06-01T00:30:00.000Z"],
      ["2025-06-01T00:30:00.000Z", "2025-06-01T06:30:00.000Z"],
      ["2025-06-01T06:30:00.000Z", "2025-06-01T12:30:00.000Z"],
    ]);
    const odd = splitWindow(["2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.007Z"], 3);
    expect(odd[0]![0]).toBe("2025-01-01T00:00:00.000Z");
    expect(odd.at(-1)![1]).toBe("2025-01-01T00:00:00.007Z");
    for (let i = 1; i < odd.length; i++) expect(odd[i]![0]).toBe(odd[i - 1]![1]);
  });

  it("round-trips a cursor through shell-safe text and refuses anything else", () => {
    const cursor = {
      link: "networkAccess/logs/connections?$skiptoken=abc&$filter=x%20eq%20'y'",
      windows: [["2025-05-31T12:30:00.000Z", "2025-06-01T12:30:00.000Z"] as const],
      written: 40,
      mockAnchor: "2025-06-01T13:00:00.000Z",
    };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[\w-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
    for (const bad of [
      "",
      "abc",
      encodeCursor({ ...cursor, written: -1 }),
      Buffer.from('{"v":2}').toString("base64url"),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(/not a cursor printed by this version/);
    }
  });

  it("builds the resume command without the token, the window flags or an earlier cursor", () => {
    const argv = [
      "connections",
      "list",
      "--token",
      "SECRET",
      "--since",
      "7d",
      "--filter",
      "a eq 'b'",
      "--token=SECRET",
      "--resume",
      "old",
      "--out",
      "x y.csv",
    ];
    expect(resumeCommand(argv, "CUR")).toBe(
      "netaccess connections list --filter 'a eq '\\''b'\\''' --out 'x y.csv' --resume CUR",
    );
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThan(1000);
    expect(retryAfterMs("soon")).toBe(0);
    expect(retryAfterMs(null)).toBe(0);
  });
});

describe("default format", () => {
  it("is a table on a terminal, NDJSON in a pipe, and follows the --out extension", () => {
    expect(chooseFormat({}, true)).toBe("table");
    expect(chooseFormat({}, false)).toBe("ndjson");
    expect(chooseFormat({ out: "a.CSV" }, true)).toBe("csv");
    expect(chooseFormat({ out: "a.json" }, true)).toBe("json");
    expect(chooseFormat({ out: "a.log" }, true)).toBe("ndjson");
    expect(chooseFormat({ out: "a.csv", format: "json" }, false)).toBe("json");
  });
});

/** A sink that keeps what is written. */
function memorySink(): Sink & { text: () => string } {
  let text = "";
  return {
    write: async (chunk) => void (text += chunk),
    close: async () => {},
    readerGone: new AbortController().signal,
    text: () => text,
  };
}

describe("table", () => {
  it("takes widths from the first page, right-aligns numbers and cuts longer cells with …", async () => {
    const sink = memorySink();
    const writer = tableWriter(sink, [{ name: "name" }, { name: "bytes" }], ["name", "bytes"]);
    await writer.page([
      JSON.stringify({ name: "short", bytes: 5 }),
      JSON.stringify({ name: "longer", bytes: 1234 }),
    ]);
    await writer.page([JSON.stringify({ name: "much longer name", bytes: 7 })]);
    await writer.end(true);
    expect(sink.text()).toBe(
      "name    bytes\n------  -----\nshort       5\nlonger   1234\nmuch …      7\n(3 rows)\n",
    );
  });

  it("shows byte counters with units, and leaves other numbers (ports) as they are", async () => {
    const sink = memorySink();
    const fields = [{ name: "destinationPort" }, { name: "sentBytes" }, { name: "totalBytesReceived" }];
    const writer = tableWriter(sink, fields, ["destinationPort", "sentBytes", "totalBytesReceived"]);
    await writer.page([
      JSON.stringify({ destinationPort: 1433, sentBytes: 134079162, totalBytesReceived: 999 }),
      JSON.stringify({ destinationPort: 443, sentBytes: 6036797002, totalBytesReceived: 1000 }),
    ]);
    await writer.end(true);
    const [, , first, second] = sink.text().split("\n");
    expect(first?.trim().split(/\s{2,}/)).toEqual(["1433", "134.1 MB", "999 B"]);
    expect(second?.trim().split(/\s{2,}/)).toEqual(["443", "6.0 GB", "1.0 kB"]);
  });

  it("names byte counts in SI units", () => {
    expect([0, 999, 1000, 1500, 2_500_000, 7.5e12, 3e18].map(bytesText)).toEqual([
      "0 B",
      "999 B",
      "1.0 kB",
      "1.5 kB",
      "2.5 MB",
      "7.5 TB",
      "3000.0 PB",
    ]);
  });
});

describe("columns and CSV", () => {
  it("takes the columns from the generated model, nested objects flattened with dots", () => {
    const columns = columnNames(CONNECTION_FIELDS);
    // The top-level names, in order, are the generated deserializer's (whatever the spec holds today).
    const topLevel = Object.keys(deserializeIntoConnection({})).filter((key) => key !== "@odata.type");
    expect([...new Set(columns.map((column) => column.split(".")[0]))]).toEqual(topLevel);
    expect(columns).toContain("privateAccessDetails.thirdPartyTokenDetails.uniqueTokenIdentifier");
    expect(columns).not.toContain("@odata.type");
    expect(columns).not.toContain("privateAccessDetails");
    expect(modelFields(() => ({}))).toEqual([]);
  });

  it("writes RFC 4180: quotes, doubled quotes, line breaks, CRLF; null and absent are empty", async () => {
    const sink = memorySink();
    const fields = [
      { name: "id" },
      { name: "note" },
      { name: "nested", children: [{ name: "a" }, { name: "b" }] },
      { name: "list" },
    ];
    const writer = csvWriter(sink, fields, { continuing: false, written: 0 });
    await writer.begin();
    await writer.page([
      JSON.stringify({ id: "1", note: 'say "hi", then\nleave', nested: { a: 5, b: null }, list: ["x", "y"] }),
      JSON.stringify({ id: "2", nested: null }),
    ]);
    expect(sink.text()).toBe(
      'id,note,nested.a,nested.b,list\r\n1,"say ""hi"", then\nleave",5,,"[""x"",""y""]"\r\n2,,,,\r\n',
    );
    expect(flattenRecord({ nested: { a: 1 } }, fields)).toEqual({
      id: null,
      note: null,
      "nested.a": 1,
      "nested.b": null,
      list: null,
    });
  });
});
