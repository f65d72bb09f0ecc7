import { NextLinkLoopError, OffOriginLinkError } from "./errors.js";
import { wireKey } from "./wire-key.js";

/** Decides which links a run may request: same origin as the first request, https or loopback, never twice. */
export interface LinkGuard {
  /**
   * Returns the link to request or throws (before any request) when it is unsafe or already followed.
   * @param cursor the cursor to attach to the error.
   */
  admit(link: string, cursor: string | undefined): string;
}

/**
 * @param originUrl URL whose origin every link must share; a TypeError when it is missing or not absolute.
 * @param alreadyRequested URLs this run fetched without a link (the first request), so a link back to them is a loop.
 */
export function createLinkGuard(
  originUrl: string | undefined,
  alreadyRequested: readonly string[] = [],
): LinkGuard {
  const allowedOrigin = originOf(originUrl);
  // Links are compared as the requests they send, so a variant of a followed link is a loop at once.
  const followed = new Set(alreadyRequested.map((url) => keyOf(url)));
  return {
    admit(link, cursor) {
      const refuse = (reason: string) => new OffOriginLinkError(link, allowedOrigin, reason, cursor);
      const url = parseAbsolute(link);
      if (!url) throw refuse("not an absolute URL");
      if (url.origin !== allowedOrigin) throw refuse(`origin ${url.origin} differs`);
      if (url.username || url.password) throw refuse("it carries credentials");
      if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
        throw refuse("only https is followed (http only on loopback)");
      }
      const key = wireKey(url);
      if (followed.has(key)) throw new NextLinkLoopError(link, cursor);
      followed.add(key);
      return link;
    },
  };
}

function originOf(url: string | undefined): string {
  const parsed = url === undefined ? undefined : parseAbsolute(url);
  if (!parsed || parsed.origin === "null") {
    throw new TypeError(
      `Cannot tell which origin next links may use from ${JSON.stringify(url)}: give the source an absolute firstRequestUrl or set requestAdapter.baseUrl.`,
    );
  }
  return parsed.origin;
}

function keyOf(url: string): string {
  const parsed = parseAbsolute(url);
  return parsed ? wireKey(parsed) : url;
}

function parseAbsolute(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
