// A consumer compiled with `exactOptionalPropertyTypes` against the built package (see
// ../exact-optional.test.ts): forwarding optional settings as explicit `undefined` must type-check.
import { createHttpClient, createNetworkAccessClient } from "@netaccess/client";
import type { ConnectionProperty } from "@netaccess/client";

interface Settings {
  baseUrl?: string;
  timeoutMs?: number;
  filter?: string;
  select?: ConnectionProperty[];
  top?: number;
  signal?: AbortSignal;
  agent?: string;
}

export async function run(settings: Settings): Promise<number> {
  const client = createNetworkAccessClient({
    token: "t",
    baseUrl: settings.baseUrl,
    timeoutMs: settings.timeoutMs,
    allowedHosts: undefined,
    allowInsecureLoopback: undefined,
    retry: undefined,
    fetch: undefined,
    middleware: undefined,
    logRequests: undefined,
    getToken: undefined,
    scopes: undefined,
  });
  createHttpClient({ timeoutMs: settings.timeoutMs, allowedHosts: undefined, logRequests: undefined });
  const page = await client.connections.list({
    filter: settings.filter,
    select: settings.select,
    orderby: undefined,
    top: settings.top,
    skip: undefined,
    search: undefined,
    count: undefined,
    signal: settings.signal,
    timeoutMs: settings.timeoutMs,
    headers: undefined,
  });
  await client.connections.get("id", { select: settings.select, signal: settings.signal });
  await client.connections.count({ filter: settings.filter, search: undefined });
  client.connections.pageSource({ filter: settings.filter, top: settings.top });
  const report = await client.destinationReport({
    start: new Date(0),
    end: new Date(),
    aiAgentId: settings.agent,
    aiAgentName: undefined,
    top: settings.top,
    skip: undefined,
    filter: settings.filter,
    search: undefined,
    count: undefined,
    signal: settings.signal,
  });
  client.destinationReportPageSource({ start: new Date(0), end: new Date(), aiAgentId: settings.agent });
  return page.value.length + report.value.length;
}
