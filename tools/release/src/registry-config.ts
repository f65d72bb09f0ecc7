import { isPublicRegistry } from "./public-registries.ts";
import { ReleaseRefusal } from "./release-refusal.ts";
import { normalizeRegistryUrl } from "./registry-url.ts";
import { internalScope, registryEnvVar, tokenEnvVar } from "./scope.ts";

/** Where the internal scope is published, read from the environment. */
export interface RegistryConfig {
  /** The registry URL, normalized with a trailing slash. */
  url: string;
  /** The environment variable that holds the token (its value is never written anywhere). */
  tokenVar: string;
}

const exampleUrl = "https://npm.example.internal/";
const setupDoc = "tools/release/README.md";
const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Reads and checks the registry settings; throws a ReleaseRefusal that says how to fix a bad setup. */
export function readRegistryConfig(env: NodeJS.ProcessEnv): RegistryConfig {
  const raw = env[registryEnvVar]?.trim();
  if (!raw) {
    throw new ReleaseRefusal(
      `${registryEnvVar} is not set, so ${internalScope} packages have no internal registry to go to.`,
      `export ${registryEnvVar}=${exampleUrl} (your internal registry; see ${setupDoc}).`,
    );
  }
  const url = parseRegistryUrl(raw);
  if (isPublicRegistry(url)) {
    throw new ReleaseRefusal(
      `${registryEnvVar} points at the public registry (${url.host}); ${internalScope} packages are never published there.`,
      `Set ${registryEnvVar} to your internal registry, e.g. ${exampleUrl}`,
    );
  }
  if (url.protocol === "http:" && !loopbackHosts.has(url.hostname)) {
    throw new ReleaseRefusal(
      `${registryEnvVar} uses plain http (${url.host}), which would send the publish token unencrypted.`,
      `Use the https:// address of the registry.`,
    );
  }
  if (!env[tokenEnvVar]?.trim()) {
    throw new ReleaseRefusal(
      `${tokenEnvVar} is not set, so the registry at ${url.host} cannot authenticate the publish.`,
      `export ${tokenEnvVar}=<a publish token for ${url.host}> (from your secret store; never commit it).`,
    );
  }
  return { url: normalizeRegistryUrl(url.href), tokenVar: tokenEnvVar };
}

function parseRegistryUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReleaseRefusal(
      `${registryEnvVar} is not a URL: ${JSON.stringify(raw)}.`,
      `Use a full address such as ${exampleUrl}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ReleaseRefusal(
      `${registryEnvVar} must be an http(s) URL, got ${url.protocol}`,
      `Use a full address such as ${exampleUrl}`,
    );
  }
  if (url.username || url.password) {
    throw new ReleaseRefusal(
      `${registryEnvVar} contains credentials; they would end up in logs and config files.`,
      `Remove them from the URL and put the token in ${tokenEnvVar}.`,
    );
  }
  if (url.search || url.hash) {
    throw new ReleaseRefusal(
      `${registryEnvVar} must not have a query or fragment: ${url.href}`,
      `Use the registry's base address, e.g. ${exampleUrl}`,
    );
  }
  return url;
}
