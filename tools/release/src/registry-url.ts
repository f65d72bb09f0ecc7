/** Registry URLs compare equal whatever their case or trailing slash; npm and pnpm want one at the end. */
export function normalizeRegistryUrl(url: string): string {
  const parsed = new URL(url.trim());
  if (!parsed.pathname.endsWith("/")) parsed.pathname += "/";
  return parsed.href;
}

/** `//host[:port]/path/`: the key prefix npm and pnpm use for settings of one registry, such as its token. */
export function nerfDart(registryUrl: string): string {
  const url = new URL(normalizeRegistryUrl(registryUrl));
  return `//${url.host}${url.pathname}`;
}

/**
 * A registry URL as pnpm uses it: exactly as written, only a trailing slash added. pnpm does not lower-case
 * the scheme (`HTTP://…` fails to publish with "unsupported protocol"), so the guard compares this form.
 */
export function registryAsWritten(url: string): string {
  const trimmed = url.trim();
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}
