/**
 * Scripted edits of specs/networkaccess.yaml, made the way Graph's metadata changes. Each checks
 * that its anchor is there exactly once, so a reworded spec fails loudly instead of editing nothing.
 */
function replaceOnce(spec: string, anchor: string, replacement: string): string {
  const parts = spec.split(anchor);
  if (parts.length !== 2) throw new Error(`the spec no longer has exactly one ${JSON.stringify(anchor)}`);
  return parts.join(replacement);
}

const connectionProperties = "          properties:\n            agentVersion:\n";

/** A new optional (nullable) string property on `connection`. */
export const addConnectionProperty = (spec: string, name: string): string =>
  replaceOnce(
    spec,
    connectionProperties,
    `          properties:\n            ${name}:\n              type: string\n              description: Added by a spec update.\n              nullable: true\n            agentVersion:\n`,
  );

/** Drops a scalar property of `connection` (three lines: type, description, nullable). */
export function removeConnectionProperty(spec: string, name: string): string {
  const block = new RegExp(`\\n            ${name}:\\n(?:              [^\\n]*\\n){3}`);
  if (!block.test(spec)) throw new Error(`the spec has no scalar connection property ${name}`);
  return spec.replace(block, "\n");
}

/** A new member at the end of an enum (after `unknownFutureValue`, as Graph adds them). */
export function addEnumMember(spec: string, enumName: string, member: string): string {
  const start = spec.indexOf(`    microsoft.graph.networkaccess.${enumName}:\n`);
  const end = spec.indexOf("      type: string\n", start);
  if (start < 0 || end < 0) throw new Error(`the spec has no enum ${enumName}`);
  return `${spec.slice(0, end)}        - ${member}\n${spec.slice(end)}`;
}

/**
 * One more optional parameter on the destinationReport function: an aliased `name='@name'` in the
 * function segment plus an optional query parameter. Kiota names the builder after its parameters,
 * so this renames it.
 */
export function addReportParameter(spec: string, name: string): string {
  const lastParameter = [
    "        - name: aiAgentName",
    "          in: query",
    "          description: \"Usage: aiAgentName='@aiAgentName'\"",
    "          schema:",
    "            type: string",
    "            nullable: true",
    "",
  ].join("\n");
  const withAlias = replaceOnce(
    spec,
    "aiAgentName='@aiAgentName')\":",
    `aiAgentName='@aiAgentName',${name}='@${name}')":`,
  );
  return replaceOnce(
    withAlias,
    lastParameter,
    `${lastParameter}${lastParameter.replaceAll("aiAgentName", name)}`,
  );
}

/** Rewords one description and nothing else. */
export const changeDescription = (spec: string): string =>
  replaceOnce(
    spec,
    "description: Version of the Global Secure Access client that carried the connection.",
    "description: Version of the Global Secure Access client that handled the connection.",
  );
