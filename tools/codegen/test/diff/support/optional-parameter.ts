/**
 * The spec with one more optional parameter on the destinationReport function, the way Graph adds
 * them: an aliased `name='@name'` in the function segment plus an optional query parameter.
 */
export function withOptionalReportParameter(specText: string, name: string): string {
  const aliasEnd = "aiAgentName='@aiAgentName')\":";
  const lastParameter = [
    "        - name: aiAgentName",
    "          in: query",
    "          description: \"Usage: aiAgentName='@aiAgentName'\"",
    "          schema:",
    "            type: string",
    "            nullable: true",
    "",
  ].join("\n");
  for (const anchor of [aliasEnd, lastParameter]) {
    if (specText.split(anchor).length !== 2)
      throw new Error(`the spec no longer has exactly one ${JSON.stringify(anchor)}`);
  }
  const added = lastParameter.replaceAll("aiAgentName", name);
  return specText
    .replace(aliasEnd, `aiAgentName='@aiAgentName',${name}='@${name}')":`)
    .replace(lastParameter, `${lastParameter}${added}`);
}
