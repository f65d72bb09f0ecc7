/** Graph's public endpoint for this package's beta APIs. */
export const DEFAULT_BASE_URL = "https://graph.microsoft.com/beta";

/** Hosts of Microsoft Graph's global and national clouds (the list Kiota's Azure provider uses). */
export const GRAPH_CLOUD_HOSTS: readonly string[] = [
  "graph.microsoft.com",
  "graph.microsoft.us",
  "dod-graph.microsoft.us",
  "graph.microsoft.de",
  "microsoftgraph.chinacloudapi.cn",
  "canary.graph.microsoft.com",
];

/** `localhost`, `[::1]` and the whole 127.0.0.0/8 block. */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Checks `allowedHosts` entries: host names (or `.suffix` wildcards), never URLs. */
export function checkHostNames(hosts: unknown): string[] {
  if (!Array.isArray(hosts)) throw new TypeError("allowedHosts must be an array of host names.");
  return hosts.map((host: unknown) => {
    if (typeof host !== "string" || host === "" || /[/\s]/.test(host) || host.includes("://")) {
      throw new TypeError(
        `allowedHosts takes host names such as "graph.microsoft.com", not URLs; got ${JSON.stringify(host)}.`,
      );
    }
    return host.toLowerCase();
  });
}
