/**
 * The request a link puts on the wire, as a string two links share exactly when they ask for the same
 * thing: the fragment is dropped (fetch never sends it), percent-encoding is canonical (`%24skiptoken`
 * is `$skiptoken`, `%2f` is `%2F`), and query parameters are compared in any order.
 */
export function wireKey(url: URL): string {
  const path = url.pathname.split("/").map(canonicalEscapes).join("/");
  const query = url.search
    .slice(1)
    .split("&")
    .filter((parameter) => parameter !== "")
    .map(canonicalParameter)
    .sort()
    .join("&");
  return `${url.origin}${path}?${query}`;
}

function canonicalParameter(parameter: string): string {
  const equals = parameter.indexOf("=");
  if (equals < 0) return canonicalEscapes(parameter);
  return `${canonicalEscapes(parameter.slice(0, equals))}=${canonicalEscapes(parameter.slice(equals + 1))}`;
}

/**
 * Decodes and re-encodes one component so every spelling of the same bytes matches. A literal `+` is
 * kept apart from `%2B` because servers that read form encoding take it for a space.
 */
function canonicalEscapes(component: string): string {
  return component
    .split("+")
    .map((piece) => {
      try {
        return encodeURIComponent(decodeURIComponent(piece));
      } catch {
        // Not valid UTF-8 once decoded: compare the escapes as written, hex case aside.
        return piece.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
      }
    })
    .join("+");
}
