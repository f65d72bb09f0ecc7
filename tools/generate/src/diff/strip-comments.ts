/**
 * TypeScript source without its comments. String and template literals are kept as they are, so a URL
 * such as `"https://graph.microsoft.com"` is not mistaken for a comment. Regular expression literals are
 * not recognised: a quote inside one hides at most the rest of its line, which a symbol scan can afford.
 */
export function stripComments(source: string): string {
  const kept: string[] = [];
  let from = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && (next === "/" || next === "*")) {
      kept.push(source.slice(from, i));
      i = commentEnd(source, i, next === "/");
      from = i;
    } else if (c === '"' || c === "'" || c === "`") {
      i = literalEnd(source, i);
    } else {
      i++;
    }
  }
  kept.push(source.slice(from));
  return kept.join("");
}

/** A line comment ends before its newline (kept); a block comment after its `*\/`. */
function commentEnd(source: string, start: number, line: boolean): number {
  const end = line ? source.indexOf("\n", start) : source.indexOf("*/", start + 2);
  if (end < 0) return source.length;
  return line ? end : end + 2;
}

function literalEnd(source: string, start: number): number {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === quote) return i + 1;
    else if (c === "\n" && quote !== "`") return i;
  }
  return source.length;
}

/** The code a file runs, for comparing two versions: no comments, no blank lines, no trailing spaces. */
export function codeOnly(source: string): string {
  return stripComments(source)
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "")
    .join("\n");
}
