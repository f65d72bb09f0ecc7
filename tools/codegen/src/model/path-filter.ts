/** Kiota's include/exclude path patterns: `*` matches one segment's text, `**` any number of segments. */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .split("**")
    .map((part) =>
      part
        .split("*")
        .map((t) => t.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join("[^/]*"),
    )
    .join(".*");
  return new RegExp(`^${escaped}$`, "i");
}

export function pathFilter(include: string[], exclude: string[]): (path: string) => boolean {
  const inc = include.map(patternToRegExp);
  const exc = exclude.map(patternToRegExp);
  return (path) => (inc.length === 0 || inc.some((r) => r.test(path))) && !exc.some((r) => r.test(path));
}
