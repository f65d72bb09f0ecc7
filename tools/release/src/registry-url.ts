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
