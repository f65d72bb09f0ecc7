import { withLastPathSegment } from "./url-segments.js";

/** Graph's name of the report function; a Graph API name, stable across regenerations. */
export const DESTINATION_REPORT_FUNCTION = "microsoft.graph.networkaccess.destinationReport";

/** The report's function parameters. */
export interface ReportCall {
  readonly start: Date;
  readonly end: Date;
  readonly aiAgentId?: string | undefined;
  readonly aiAgentName?: string | undefined;
}

/**
 * The function segment the facade sends. Without agent filters it is the documented two-parameter
 * form `destinationReport(startDateTime=…,endDateTime=…)`; the optional `aiAgentId`/`aiAgentName`
 * are added as inline OData string literals (`aiAgentId='…'`) only when given. Kiota's own template
 * instead always appends `aiAgentId='@aiAgentId'`, a quoted literal rather than an alias, and
 * sends the values as plain query parameters Graph does not bind to the function.
 * Dates are UTC ISO strings, percent-encoded exactly as Kiota encodes them.
 */
export function reportFunctionSegment(call: ReportCall): string {
  const parameters = [
    `startDateTime=${encodeURIComponent(call.start.toISOString())}`,
    `endDateTime=${encodeURIComponent(call.end.toISOString())}`,
  ];
  if (call.aiAgentId !== undefined) parameters.push(`aiAgentId=${odataString(call.aiAgentId)}`);
  if (call.aiAgentName !== undefined) parameters.push(`aiAgentName=${odataString(call.aiAgentName)}`);
  return `${DESTINATION_REPORT_FUNCTION}(${parameters.join(",")})`;
}

/**
 * Replaces the function segment (the last path segment) of a URL the generated builder expanded,
 * keeping its base URL, path and query string.
 */
export function withReportFunctionSegment(generatedUrl: string, segment: string): string {
  return withLastPathSegment(generatedUrl, segment, (current) =>
    current.startsWith(`${DESTINATION_REPORT_FUNCTION}(`),
  );
}

// An OData string literal: quotes doubled, then percent-encoded for the path.
function odataString(value: string): string {
  return `'${encodeURIComponent(value.replaceAll("'", "''"))}'`;
}
