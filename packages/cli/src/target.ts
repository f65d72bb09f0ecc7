import { createNetworkAccessClient, DEFAULT_BASE_URL, type NetworkAccessClient } from "@netaccess/client";
import { captureRawEnums } from "@netaccess/enums";
import { resolveAuth, type AuthFlags } from "./auth.js";
import { usageError } from "./exit-codes.js";
import { mockAnchorFor, startEmbeddedMock } from "./mock-target.js";
import { SharedThrottle } from "./throttle.js";

export interface TargetFlags extends AuthFlags {
  mock?: boolean;
  mockLatency?: number;
  baseUrl?: string;
}

/** The client a command talks through, and where it points. */
export interface Target {
  readonly client: NetworkAccessClient;
  readonly baseUrl: string;
  /** Set with `--mock`: the anchor of the embedded data set. */
  readonly mockAnchor?: string;
  close(): Promise<void>;
}

export interface TargetContext {
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** Device-code instructions and other prompts go to stderr. */
  prompt(message: string): void;
  /** Concurrent requests allowed (the `--parallel` value). */
  concurrency: number;
  /** With `--resume` of a `--mock` export: the data set to serve again. */
  mockAnchor?: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

function isLoopbackHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" && LOOPBACK.test(parsed.hostname);
  } catch {
    return false;
  }
}

/** Creates the facade client: against Graph (or `--base-url`), or against the embedded mock. */
export async function openTarget(flags: TargetFlags, context: TargetContext): Promise<Target> {
  const throttle = new SharedThrottle(context.concurrency);
  if (flags.mock) {
    const mockAnchor = context.mockAnchor ?? mockAnchorFor(context.now);
    const server = await startEmbeddedMock(mockAnchor, flags.mockLatency);
    const client = createNetworkAccessClient({
      baseUrl: server.url,
      token: "embedded-mock",
      allowInsecureLoopback: true,
      middleware: [throttle],
    });
    captureRawEnums(client.requestAdapter);
    return { client, baseUrl: server.url, mockAnchor, close: () => server.close() };
  }
  if (flags.mockLatency !== undefined) throw usageError("--mock-latency needs --mock");
  const baseUrl = flags.baseUrl ?? DEFAULT_BASE_URL;
  const auth = await resolveAuth(flags, context.env, context.prompt);
  let client: NetworkAccessClient;
  try {
    client = createNetworkAccessClient({
      ...auth,
      baseUrl,
      // A local proxy or test server; the token still never goes over plain http anywhere else.
      allowInsecureLoopback: isLoopbackHttp(baseUrl),
      middleware: [throttle],
    });
  } catch (error) {
    throw usageError(`--base-url: ${(error as Error).message}`);
  }
  captureRawEnums(client.requestAdapter);
  return { client, baseUrl: client.requestAdapter.baseUrl, close: async () => {} };
}
