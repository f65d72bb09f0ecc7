/**
 * Replaces the last path segment of a URL a generated builder expanded, keeping its base URL,
 * the rest of the path and the query string. `expected` guards against a changed template.
 */
export function withLastPathSegment(
  generatedUrl: string,
  segment: string,
  expected: (current: string) => boolean,
): string {
  const queryStart = generatedUrl.indexOf("?");
  const path = queryStart < 0 ? generatedUrl : generatedUrl.slice(0, queryStart);
  const query = queryStart < 0 ? "" : generatedUrl.slice(queryStart);
  const segmentStart = path.lastIndexOf("/") + 1;
  if (!expected(path.slice(segmentStart))) {
    throw new Error(`The generated URL has an unexpected shape: ${generatedUrl}`);
  }
  return `${path.slice(0, segmentStart)}${segment}${query}`;
}

/** Percent-encodes a value for one path segment: everything but RFC 3986's unreserved characters. */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
