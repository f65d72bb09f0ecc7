/** Graph's public endpoint for this package's beta APIs. */
export const DEFAULT_BASE_URL = "https://graph.microsoft.com/beta";

/**
 * Hosts of Microsoft Graph's global service and national clouds: global, US Government L4,
 * US Government L5 (DoD), China (operated by 21Vianet), and Graph's canary ring.
 */
export const GRAPH_CLOUD_HOSTS: readonly string[] = [
  "graph.microsoft.com",
  "graph.microsoft.us",
  "dod-graph.microsoft.us",
  "microsoftgraph.chinacloudapi.cn",
  "canary.graph.microsoft.com",
];

const GLOBAL_GRAPH_HOST = "graph.microsoft.com";

/**
 * The scope a credential is asked for by default: the `.default` scope of the Graph cloud whose
 * host `baseUrl` names, or of global Graph for any other host (a proxy or a mock), since a token
 * is only ever issued for Graph itself. A proxy in front of a national cloud needs `scopes`.
 */
export function defaultGraphScope(baseUrl: string): string {
  const host = new URL(baseUrl).hostname.toLowerCase();
  return `https://${GRAPH_CLOUD_HOSTS.includes(host) ? host : GLOBAL_GRAPH_HOST}/.default`;
}

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
