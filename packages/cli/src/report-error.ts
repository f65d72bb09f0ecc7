import { isGraphError, toGraphError } from "@netaccess/client";
import { PaginationError, PageRequestError } from "@netaccess/pagination";
import { CliError, ExitCode, type ExitCodeValue } from "./exit-codes.js";

export interface Failure {
  exitCode: ExitCodeValue;
  /** One line, never a token. */
  message: string;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

/** Maps whatever stopped a command to its exit code and one-line reason. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: oneLine(error.message) };
  const graphError =
    error instanceof PageRequestError && error.cause !== undefined ? toGraphError(error.cause) : error;
  if (isGraphError(graphError)) {
    if (graphError.kind === "abort") return { exitCode: ExitCode.interrupted, message: "interrupted" };
    const auth = graphError.kind === "auth" || graphError.status === 401 || graphError.status === 403;
    const prefix = auth ? "authentication failed" : "Graph error";
    const detail = oneLine(graphError.message).replace(/^Graph request failed with /, "");
    return { exitCode: auth ? ExitCode.auth : ExitCode.graph, message: `${prefix}: ${detail}` };
  }
  if (error instanceof PaginationError) {
    if (error.code === "ABORTED") return { exitCode: ExitCode.interrupted, message: "interrupted" };
    return {
      exitCode: ExitCode.graph,
      message: `Graph paging error (${error.code}): ${oneLine(error.message)}`,
    };
  }
  return {
    exitCode: ExitCode.graph,
    message: `unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}`,
  };
}
