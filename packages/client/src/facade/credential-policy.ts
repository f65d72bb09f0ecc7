import { AllowedHostsValidator } from "@microsoft/kiota-abstractions";
import { isLoopbackHostname } from "./hosts.js";

/**
 * Where a token may go:
 * - `allowed`: an allowed host over https (or plain http to loopback when insecure loopback is on);
 * - `foreign-host`: any other host, which silently gets no token, like Kiota's own providers do;
 * - `insecure`: an allowed host over plain http, which is refused outright.
 */
export type CredentialVerdict = "allowed" | "foreign-host" | "insecure";

export interface CredentialPolicy {
  /** Lower-case host names (and `.suffix` wildcards) that may receive the token; ports are not compared. */
  readonly allowedHosts: ReadonlySet<string>;
  judge(url: string): CredentialVerdict;
}

export function createCredentialPolicy(
  hosts: Iterable<string>,
  allowInsecureLoopback: boolean,
): CredentialPolicy {
  const allowedHosts: ReadonlySet<string> = new Set(Array.from(hosts, (host) => host.toLowerCase()));
  const validator = new AllowedHostsValidator(new Set(allowedHosts));
  return {
    allowedHosts,
    judge(url) {
      const parsed = parseUrl(url);
      // An empty set means "every host" to Kiota's validator; here it means none.
      if (!parsed || allowedHosts.size === 0 || !validator.isUrlHostValid(url)) return "foreign-host";
      if (parsed.protocol === "https:") return "allowed";
      const loopback = parsed.protocol === "http:" && isLoopbackHostname(parsed.hostname);
      return loopback && allowInsecureLoopback ? "allowed" : "insecure";
    },
  };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
