import { createNetworkAccessClient } from "../../src/index.js";
import type { NetworkAccessClient, TokenAuthOptions } from "../../src/index.js";
import type { LocalServer } from "./local-server.js";

export const TEST_TOKEN = "test-token-123";

/** A facade client on a loopback server, authenticated with a static token. */
export function clientFor(
  server: LocalServer,
  options: Partial<Omit<TokenAuthOptions, "token">> = {},
): NetworkAccessClient {
  return createNetworkAccessClient({
    baseUrl: `${server.origin}/beta`,
    token: TEST_TOKEN,
    allowInsecureLoopback: true,
    ...options,
  });
}
