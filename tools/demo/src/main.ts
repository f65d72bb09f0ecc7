// The main job: a destination report for a time window, then the connection logs (totals by
// traffic type over every record, the newest record in full), printed as short tables.
// Runs against the embedded mock Graph unless NETACCESS_BASE_URL and NETACCESS_TOKEN point at
// a real tenant (with an optional NETACCESS_START / NETACCESS_END window).
import { createNetworkAccessClient, type Connection, type NetworkAccessClient } from "@netaccess/client";
import { trafficType } from "@netaccess/enums";
import { startMockGraph } from "@netaccess/fixtures";
import { items } from "@netaccess/pagination";
import { table } from "./table.ts";

interface Target {
  client: NetworkAccessClient;
  window: { start: string | Date; end: string | Date };
  label: string;
  close(): Promise<void>;
}

async function target(): Promise<Target> {
  const { NETACCESS_BASE_URL: baseUrl, NETACCESS_TOKEN: token } = process.env;
  if (baseUrl && token) {
    const end = process.env.NETACCESS_END ?? new Date().toISOString();
    const start = process.env.NETACCESS_START ?? new Date(Date.parse(end) - 86_400_000).toISOString();
    return {
      client: createNetworkAccessClient({ baseUrl, token }),
      window: { start, end },
      label: baseUrl,
      close: async () => {},
    };
  }
  const mock = await startMockGraph({ seed: 1, connections: 5000, destinations: 60 });
  const client = createNetworkAccessClient({
    baseUrl: mock.url,
    token: "demo-token",
    allowInsecureLoopback: true,
  });
  return {
    client,
    window: mock.dataset.window,
    label: `embedded mock Graph at ${mock.url}`,
    close: () => mock.close(),
  };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString().replace(".000Z", "Z") : "");
const bytes = (n: number | null | undefined) => n ?? 0;
/** Human text for a traffic type, or the raw value when it is not a member. */
const traffic = (v: string | null | undefined) => (trafficType.is(v) ? trafficType.label(v) : (v ?? "?"));

async function destinationReport({ client, window }: Target): Promise<void> {
  const page = await client.destinationReport({ start: window.start, end: window.end, top: 10, count: true });
  const rows = [...page.value]
    .sort(
      (a, b) =>
        bytes(b.totalBytesSent) +
        bytes(b.totalBytesReceived) -
        bytes(a.totalBytesSent) -
        bytes(a.totalBytesReceived),
    )
    .map((d) => [
      d.fqdn ?? d.ip ?? "",
      d.port ?? 0,
      traffic(d.trafficType),
      d.userCount ?? 0,
      bytes(d.totalBytesSent),
      bytes(d.totalBytesReceived),
    ]);
  console.log(
    `\nDestination report ${String(window.start)} .. ${String(window.end)} (${page.count ?? page.value.length} destinations; the first page of 10, by bytes)`,
  );
  console.log(table(["destination", "port", "traffic", "users", "bytes sent", "bytes received"], rows));
}

async function connectionTotals({ client }: Target): Promise<void> {
  const byType = new Map<string, { connections: number; sent: number; received: number }>();
  const source = client.connections.pageSource({
    top: 1000,
    select: ["id", "trafficType", "sentBytes", "receivedBytes"],
  });
  for await (const c of items<Connection>(source, { prefetch: 1 })) {
    const key = traffic(c.trafficType);
    const row = byType.get(key) ?? { connections: 0, sent: 0, received: 0 };
    row.connections++;
    row.sent += bytes(c.sentBytes);
    row.received += bytes(c.receivedBytes);
    byType.set(key, row);
  }
  const total = await client.connections.count();
  console.log(`\nConnections by traffic type (${total} records, every page followed)`);
  console.log(
    table(
      ["traffic", "connections", "bytes sent", "bytes received"],
      [...byType].map(([k, v]) => [k, v.connections, v.sent, v.received]),
    ),
  );
}

async function newestConnection({ client }: Target): Promise<void> {
  const [newest] = (await client.connections.list({ top: 1, orderby: ["createdDateTime desc"] })).value;
  if (!newest?.id) return;
  const c = await client.connections.get(newest.id);
  console.log(`\nNewest connection ${c.id}`);
  console.log(
    table(
      ["field", "value"],
      [
        ["created", iso(c.createdDateTime)],
        ["user", c.userPrincipalName ?? ""],
        ["device", `${c.deviceOperatingSystem ?? ""} ${c.deviceOperatingSystemVersion ?? ""}`.trim()],
        ["process", c.initiatingProcessName ?? ""],
        ["destination", `${c.destinationFqdn ?? c.destinationIp ?? ""}:${c.destinationPort ?? ""}`],
        ["protocol", `${c.transportProtocol ?? ""} / ${traffic(c.trafficType)}`],
        ["status", c.status ?? ""],
      ],
    ),
  );
}

const t = await target();
try {
  console.log(`networkAccess demo against ${t.label}`);
  await destinationReport(t);
  await connectionTotals(t);
  await newestConnection(t);
} finally {
  await t.close();
}
