import { isLoopbackHostname } from "./hosts.js";

/**
 * Checks `baseUrl`: https (national clouds and proxies welcome), or plain http to a loopback host
 * when `allowInsecureLoopback` is on. Returns it without a trailing slash.
 */
export function checkBaseUrl(value: unknown, allowInsecureLoopback: boolean): string {
  if (typeof value !== "string") throw new TypeError("baseUrl must be a string URL.");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`baseUrl ${JSON.stringify(value)} is not an absolute URL.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError("baseUrl must not contain credentials, a query string or a fragment.");
  }
  if (url.protocol === "http:" && isLoopbackHostname(url.hostname)) {
    if (!allowInsecureLoopback) {
      throw new TypeError(
        `baseUrl ${url.origin} is plain http; set allowInsecureLoopback: true to use a local test server.`,
      );
    }
  } else if (url.protocol !== "https:") {
    throw new TypeError(
      `baseUrl must use https (plain http is allowed only for loopback test servers); got ${url.origin}.`,
    );
  }
  return url.href.replace(/\/+$/, "");
}
