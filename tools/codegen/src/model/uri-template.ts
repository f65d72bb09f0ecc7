/** Characters RFC 6570 does not allow in variable names, written percent-encoded the way Kiota does. */
const encoded: Record<string, string> = { $: "%24", "-": "%2D", ".": "%2E", "@": "%40", "~": "%7E" };

export function templateVariableName(name: string): string {
  return [...name].map((c) => encoded[c] ?? c).join("");
}

/** `{connection-id}` → `{connection%2Did}` inside a path; literal text stays as written. */
export function templatePath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => `{${templateVariableName(name)}}`);
}

/** `{?%24count,%24filter,aiAgentId*}`: sorted by encoded name, `*` where the parameter explodes. */
export function templateQuery(parameters: Array<{ serializedName: string; explode: boolean }>): string {
  if (parameters.length === 0) return "";
  const names = parameters
    .map((p) => templateVariableName(p.serializedName) + (p.explode ? "*" : ""))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{?${[...new Set(names)].join(",")}}`;
}
