import { matchesGlob } from "node:path";

/** Files npm and pnpm put in every tarball whatever `files` says. */
const alwaysShipped = [/^package\.json$/, /^readme(\.[^/]*)?$/i, /^licen[cs]e(\.[^/]*)?$/i];

/**
 * Whether `files` lets this path ship. An entry names a file or a folder (everything under it);
 * a later `!` entry takes files back out, as in npm.
 */
export function allowedByFiles(path: string, files: readonly string[]): boolean {
  if (alwaysShipped.some((pattern) => pattern.test(path))) return true;
  let allowed = false;
  for (const entry of files) {
    const negated = entry.startsWith("!");
    const pattern = (negated ? entry.slice(1) : entry).replace(/^\.\//, "").replace(/\/+$/, "");
    if (matches(path, pattern)) allowed = !negated;
  }
  return allowed;
}

/** A plain name matches itself and everything under it, dotfiles included (globs skip those). */
function matches(path: string, pattern: string): boolean {
  if (!/[*?[\]{}]/.test(pattern)) return path === pattern || path.startsWith(`${pattern}/`);
  return matchesGlob(path, pattern) || matchesGlob(path, `${pattern}/**`);
}
