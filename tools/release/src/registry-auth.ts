import type { RegistryConfig } from "./registry-config.ts";
import { ReleaseRefusal } from "./release-refusal.ts";
import { registryEnvVar } from "./scope.ts";

const WHOAMI_TIMEOUT_MS = 15_000;

/**
 * Asks the registry who the token belongs to (`GET /-/whoami`, what `npm whoami` does) before anything is
 * built, so a wrong, expired or unauthorised token is reported as such instead of as a failing command.
 * A registry without that endpoint (404) is not held against the token.
 */
export async function assertTokenAccepted(
  config: RegistryConfig,
  token: string,
): Promise<string | undefined> {
  const host = new URL(config.url).host;
  let response: Response;
  try {
    response = await fetch(new URL("-/whoami", config.url), {
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      signal: AbortSignal.timeout(WHOAMI_TIMEOUT_MS),
    });
  } catch (error) {
    const cause =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new ReleaseRefusal(
      `the registry at ${config.url} could not be reached (${cause}).`,
      `Check ${registryEnvVar}, the network and any proxy settings, then run the release again.`,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new ReleaseRefusal(
      `the registry at ${host} rejected ${config.tokenVar} (HTTP ${response.status} ${response.statusText}): the token is wrong, expired or revoked. Nothing was built or published.`,
      `Create a new publish token for ${host} (see tools/release/README.md) and put it in ${config.tokenVar}.`,
    );
  }
  if (!response.ok) return undefined;
  const body = (await response.json().catch(() => ({}))) as { username?: unknown };
  return typeof body.username === "string" ? body.username : undefined;
}
